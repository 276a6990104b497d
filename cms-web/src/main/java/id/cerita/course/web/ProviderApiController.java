package id.cerita.course.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.cerita.common.ProviderId;
import id.cerita.course.Courses;
import id.cerita.course.ProviderDetails;
import id.cerita.course.TrainingProvider;
import id.cerita.course.web.CourseApiController.CourseView;
import id.cerita.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The training providers (lembaga pelatihan), each with its courses. Same rights as courses: every newsroom role adds
 * and corrects, editors and administrators archive.
 */
@ApiController
@RequestMapping("/api/providers")
@Tag(name = "Lembaga pelatihan (providers)")
class ProviderApiController {

    private final Courses courses;

    ProviderApiController(Courses courses) {
        this.courses = courses;
    }

    @GetMapping
    @Operation(summary = "Providers on offer with their courses; with includeArchived=true the archived ones too")
    List<ProviderView> providers(@Parameter(description = "also list archived providers and courses (for staff lists)")
            @RequestParam(defaultValue = "false") boolean includeArchived) {
        return courses.providers(includeArchived).stream().map(p -> view(p, includeArchived)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One provider with all its courses")
    ProviderView provider(@PathVariable ProviderId id) {
        return view(courses.requireProvider(id), true);
    }

    @PostMapping
    @Operation(summary = "Registers a provider (writers, editors, administrators); 400 problem details name the field")
    ResponseEntity<ProviderView> register(@RequestBody ProviderDetails details, Principal user) {
        TrainingProvider provider = courses.registerProvider(details, user.getName());
        return ResponseEntity.created(URI.create("/api/providers/" + provider.id())).body(view(provider, true));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Corrects a provider (writers, editors, administrators)")
    ProviderView revise(@PathVariable ProviderId id, @RequestBody ProviderDetails details, Principal user) {
        return view(courses.reviseProvider(id, details, user.getName()), true);
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archives a provider (editors, administrators): no new courses may name it")
    ProviderView archive(@PathVariable ProviderId id, Principal user) {
        return view(courses.archiveProvider(id, user.getName()), true);
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Offers an archived provider again (editors, administrators)")
    ProviderView restore(@PathVariable ProviderId id, Principal user) {
        return view(courses.restoreProvider(id, user.getName()), true);
    }

    private ProviderView view(TrainingProvider p, boolean includeArchived) {
        List<CourseView> offered = courses.coursesOf(p.id()).stream().filter(c -> includeArchived || !c.archived())
            .map(CourseView::of).toList();
        return new ProviderView(p.id(), p.slug(), p.name(), p.city(), p.website(), p.description(), p.archived(),
                p.archivedAt(), p.version(), offered);
    }

    record ProviderView(ProviderId id, String slug, String name, String city, String website, String description,
            boolean archived, Instant archivedAt, Long version, List<CourseView> courses) {
    }
}
