package id.cerita.coverage.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import id.cerita.common.StoryId;
import id.cerita.coverage.ClipDetails;
import id.cerita.coverage.PressClip;
import id.cerita.coverage.PressClips;
import id.cerita.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Press clips as an API, for the newsroom. */
@ApiController
@RequestMapping("/api/clips")
@Tag(name = "Coverage", description = "Press clips of the programme's stories and gatherings")
class CoverageApiController {

    private final PressClips clips;

    CoverageApiController(PressClips clips) {
        this.clips = clips;
    }

    @GetMapping
    @Operation(summary = "Clips, newest first; with story=<id> only those covering that story")
    List<PressClip> list(@RequestParam(required = false) StoryId story) {
        return story == null ? clips.all() : clips.ofStory(story);
    }

    @GetMapping("/{id}")
    PressClip one(@PathVariable UUID id) {
        return clips.require(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a clip")
    PressClip record(@RequestBody ClipDetails details, Principal user) {
        return clips.record(details, user.getName());
    }

    @PutMapping("/{id}")
    PressClip revise(@PathVariable UUID id, @RequestBody ClipDetails details) {
        return clips.revise(id, details);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        clips.delete(id);
    }

    @GetMapping("/per-province")
    @Operation(summary = "Clips per province of the stories they cover")
    List<PressClips.Count> perProvince() {
        return clips.perProvince();
    }
}
