package id.cerita.alert.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import id.cerita.alert.Cadence;
import id.cerita.alert.Follow;
import id.cerita.alert.FollowKind;
import id.cerita.alert.Follows;
import id.cerita.alert.Subscriber;
import id.cerita.common.InvalidFieldException;
import id.cerita.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The alerts page as an API: what the signed-in journalist follows, when, and where mail goes. */
@ApiController
@RequestMapping("/api/alerts")
@PreAuthorize("@capability.granted(authentication, 'USE_PRESS_ROOM')")
@Tag(name = "Alerts", description = "A journalist's e-mail alerts for new stories")
@Validated
class AlertApiController {

    private final Follows follows;
    private final AlertMailer mailer;
    private final AlertProperties properties;

    AlertApiController(Follows follows, AlertMailer mailer, AlertProperties properties) {
        this.follows = follows;
        this.mailer = mailer;
        this.properties = properties;
    }

    /** What to follow: a press-room filter ({@code province}, {@code regency}, {@code theme}, {@code course},
     * {@code provider}), its value (a code or id) and its name. */
    record FollowRequest(@NotBlank String filter, @NotBlank @Size(max = 100) String value,
            @NotBlank @Size(max = 300) String label, Cadence cadence) {
    }

    record CadenceRequest(@NotNull Cadence cadence) {
    }

    record EmailRequest(@NotBlank @Size(max = 254) String email) {
    }

    /** A follow with the address of its Atom feed (secret: anyone holding it can read the feed). */
    record FollowAnswer(UUID id, String username, FollowKind kind, String value, String label, Cadence cadence,
            java.time.Instant createdAt, String feedUrl) {
    }

    private FollowAnswer answer(Follow f, Principal user) {
        return new FollowAnswer(f.id(), f.username(), f.kind(), f.value(), f.label(), f.cadence(), f.createdAt(),
                properties.link("/alerts/feed/" + follows.feedToken(user.getName(), f.id())));
    }

    /** Where alerts go; {@code confirmationSent} is false when no mail server could take the confirmation. */
    record EmailAnswer(String email, boolean confirmed, boolean confirmationSent) {
    }

    @GetMapping("/follows")
    @Operation(summary = "What I follow")
    List<FollowAnswer> follows(Principal user) {
        return follows.of(user.getName()).stream().map(f -> answer(f, user)).toList();
    }

    @PostMapping("/follows")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Follow a filter (following it again changes nothing)")
    FollowAnswer follow(@RequestBody @Validated FollowRequest request, Principal user) {
        FollowKind kind;
        try {
            kind = FollowKind.ofFilter(request.filter());
        }
        catch (IllegalArgumentException e) {
            throw new InvalidFieldException("filter", "alertsFilter",
                    "Yang bisa diikuti: province, regency, theme, course, provider.");
        }
        Follow follow = follows.follow(user.getName(), kind, request.value(), request.label(),
                request.cadence() == null ? Cadence.INSTANT : request.cadence());
        // following again may change when to be told
        return answer(request.cadence() == null || request.cadence() == follow.cadence() ? follow
                : follows.changeCadence(user.getName(), follow.id(), request.cadence()), user);
    }

    @PutMapping("/follows/{id}/cadence")
    @Operation(summary = "At once or in the weekly digest")
    FollowAnswer cadence(@PathVariable UUID id, @RequestBody @Validated CadenceRequest request, Principal user) {
        return answer(follows.changeCadence(user.getName(), id, request.cadence()), user);
    }

    @DeleteMapping("/follows/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop following")
    void unfollow(@PathVariable UUID id, Principal user) {
        follows.unfollow(user.getName(), id);
    }

    @GetMapping("/email")
    @Operation(summary = "Where alerts go")
    EmailAnswer email(Principal user) {
        Subscriber subscriber = follows.subscriber(user.getName()).orElse(null);
        return subscriber == null ? new EmailAnswer(null, false, false)
                : new EmailAnswer(subscriber.email(), subscriber.confirmed(), false);
    }

    @PutMapping("/email")
    @Operation(summary = "Set the address; a confirmation link is mailed to it, and nothing else before it is opened")
    EmailAnswer changeEmail(@RequestBody @Validated EmailRequest request, Principal user, Locale locale) {
        String token = follows.changeEmail(user.getName(), request.email());
        boolean sent = mailer.sendConfirmation(user.getName(), request.email().strip(), token, locale);
        return new EmailAnswer(request.email().strip(), false, sent);
    }
}
