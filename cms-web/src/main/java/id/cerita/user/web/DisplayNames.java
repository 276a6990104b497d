package id.cerita.user.web;

import org.springframework.stereotype.Component;

import id.cerita.user.StaffUser;
import id.cerita.user.StaffUsers;

/**
 * For templates: {@code ${@displayNames.of(story.author)}} shows a person by their display name (the byline), never
 * by the login name; an unknown name is shown as it is.
 */
@Component("displayNames")
public class DisplayNames {

    private final StaffUsers users;

    DisplayNames(StaffUsers users) {
        this.users = users;
    }

    public String of(String username) {
        return username == null ? null : users.find(username).map(StaffUser::displayName).orElse(username);
    }
}
