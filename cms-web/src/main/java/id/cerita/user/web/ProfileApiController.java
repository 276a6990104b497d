package id.cerita.user.web;

import java.security.Principal;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import id.cerita.user.Role;
import id.cerita.user.StaffUser;
import id.cerita.user.StaffUsers;
import id.cerita.web.ApiController;

/** Your own account: display name (the byline), preferred language, password. */
@ApiController
class ProfileApiController {

    private final StaffUsers users;

    ProfileApiController(StaffUsers users) {
        this.users = users;
    }

    record ProfileView(String username, String displayName, String language, Set<Role> roles) {

        static ProfileView of(StaffUser u) {
            return new ProfileView(u.username(), u.displayName(), u.preferredLanguage(), u.roles());
        }
    }

    record Describe(String displayName, String language) {
    }

    record ChangePassword(String current, String password, String repeated) {
    }

    @GetMapping("/api/profile")
    ProfileView mine(Principal user) {
        return ProfileView.of(users.require(user.getName()));
    }

    @PutMapping("/api/profile")
    ProfileView describe(@RequestBody Describe command, Principal user) {
        return ProfileView.of(users.describe(user.getName(), command.displayName(), command.language()));
    }

    @PutMapping("/api/profile/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void password(@RequestBody ChangePassword command, Principal user) {
        users.changeOwnPassword(user.getName(), command.current(), command.password(),
                command.repeated() == null ? command.password() : command.repeated());
    }
}
