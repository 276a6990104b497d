package id.cerita.story.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.cerita.common.NotFoundException;
import id.cerita.common.StoryId;
import id.cerita.story.Actor;
import id.cerita.story.Language;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFilter;
import id.cerita.story.StoryListing;
import id.cerita.story.StoryPage;
import id.cerita.story.StoryStatus;
import id.cerita.story.StoryTransitions;
import id.cerita.story.Transition;
import id.cerita.web.ApiController;

/** Stories over JSON: list, create, read, save with a version check, and the editorial steps. */
@ApiController
@RequestMapping("/api/stories")
class StoryApiController {

    private final Stories stories;
    private final StoryListing listing;
    private final StoryTransitions transitions;

    StoryApiController(Stories stories, StoryListing listing, StoryTransitions transitions) {
        this.stories = stories;
        this.listing = listing;
        this.transitions = transitions;
    }

    /** {@code region} is a province ("75") or a regency/city ("75.71"); {@code theme} includes narrower themes. */
    @GetMapping
    StoryPage list(@RequestParam(required = false) StoryStatus status, @RequestParam(required = false) String region,
            @RequestParam(required = false) String theme, @RequestParam(required = false) Language language,
            @RequestParam(required = false) String author, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return listing.page(new StoryFilter(status, region, theme, language, author, q), page, size);
    }

    @PostMapping
    ResponseEntity<StoryView> create(@RequestBody CreateStory command, Principal user) {
        Story story = stories.create(command.content(), command.translationOf(), user.getName());
        return ResponseEntity.created(URI.create("/api/stories/" + story.id())).body(StoryView.of(story));
    }

    @GetMapping("/{id}")
    StoryView get(@PathVariable StoryId id) {
        return StoryView.of(stories.require(id));
    }

    @PutMapping("/{id}")
    StoryView save(@PathVariable StoryId id, @RequestBody SaveStory command, Principal user) {
        return StoryView.of(stories.save(id, command.expectedVersion(), command.content(), user.getName()));
    }

    @PostMapping("/{id}/{step:submit|approve|request-changes|publish|unpublish}")
    StoryView step(@PathVariable StoryId id, @PathVariable String step,
            @RequestBody(required = false) @Valid StepReason body, Principal user) {
        Transition transition = Transition.byPath(step).orElseThrow(() -> new NotFoundException("step", "Langkah tidak dikenal: " + step, step));
        return StoryView.of(transitions.take(transition, id, user.getName(), body == null ? null : body.reason()));
    }

    /** The steps the caller may take on the story now (the buttons the workflow page shows them). */
    @GetMapping("/{id}/transitions")
    List<OpenStep> open(@PathVariable StoryId id, Authentication user) {
        Actor actor = Actor.of(user.getName(), user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        return transitions.open(id, actor).stream().map(t -> new OpenStep(t.path(), t.needsReason())).toList();
    }

    /** A step open to the caller: its path under {@code /api/stories/{id}/} and whether it needs a reason. */
    record OpenStep(String step, boolean needsReason) {
    }
}
