package id.cerita.user.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import id.cerita.user.AccountRequest;
import id.cerita.user.AccountRequests;
import id.cerita.user.IssuedPasswordLink;
import id.cerita.user.NewAccount;
import id.cerita.user.PasswordLinks;
import id.cerita.user.Role;
import id.cerita.user.StaffUser;
import id.cerita.user.StaffUsers;
import id.cerita.web.ApiController;

/**
 * Account administration for administrators: list, open (the answer carries the one-time set-password link, the
 * only time it exists), change roles, disable and enable, start a password reset; journalists' account requests.
 */
@ApiController
class AdminUsersApiController {

    private final StaffUsers users;
    private final AccountRequests requests;
    private final PasswordLinks links;

    AdminUsersApiController(StaffUsers users, AccountRequests requests, PasswordLinks links) {
        this.users = users;
        this.requests = requests;
        this.links = links;
    }

    record AccountView(String username, String displayName, Set<Role> roles, boolean enabled, Instant createdAt) {

        static AccountView of(StaffUser u) {
            return new AccountView(u.username(), u.displayName(), u.roles(), u.enabled(), u.createdAt());
        }
    }

    record LinkView(String path, Instant expiresAt) {

        static LinkView of(IssuedPasswordLink link) {
            return new LinkView(link.path(), link.expiresAt());
        }
    }

    record Opened(AccountView account, LinkView setPasswordLink) {

        static Opened of(NewAccount account) {
            return new Opened(AccountView.of(account.user()), LinkView.of(account.link()));
        }
    }

    record OpenAccount(String username, String displayName, Set<Role> roles) {
    }

    record ChangeRoles(Set<Role> roles) {
    }

    record Approve(String username) {
    }

    record RequestView(UUID id, String name, String outlet, String email, String reason, Instant createdAt) {

        static RequestView of(AccountRequest r) {
            return new RequestView(r.id(), r.name(), r.outlet(), r.email(), r.reason(), r.createdAt());
        }
    }

    @GetMapping("/api/admin/users")
    List<AccountView> all() {
        return users.everyone().stream().map(AccountView::of).toList();
    }

    @PostMapping("/api/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    Opened open(@RequestBody OpenAccount command) {
        return Opened.of(users.open(command.username() == null ? null : command.username().strip(),
                command.displayName(), command.roles()));
    }

    @PutMapping("/api/admin/users/{username}/roles")
    AccountView roles(@PathVariable String username, @RequestBody ChangeRoles command) {
        return AccountView.of(users.changeRoles(username, command.roles()));
    }

    @PostMapping("/api/admin/users/{username}/disable")
    AccountView disable(@PathVariable String username) {
        return AccountView.of(users.disable(username));
    }

    @PostMapping("/api/admin/users/{username}/enable")
    AccountView enable(@PathVariable String username) {
        return AccountView.of(users.enable(username));
    }

    @PostMapping("/api/admin/users/{username}/password-reset")
    @ResponseStatus(HttpStatus.CREATED)
    LinkView reset(@PathVariable String username) {
        return LinkView.of(links.reset(username));
    }

    @GetMapping("/api/admin/account-requests")
    List<RequestView> pending() {
        return requests.pending().stream().map(RequestView::of).toList();
    }

    @PostMapping("/api/admin/account-requests/{id}/approve")
    @ResponseStatus(HttpStatus.CREATED)
    Opened approve(@PathVariable UUID id, @RequestBody Approve command) {
        return Opened.of(requests.approve(id, command.username() == null ? null : command.username().strip()));
    }

    @PostMapping("/api/admin/account-requests/{id}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decline(@PathVariable UUID id) {
        requests.decline(id);
    }
}
