package id.cerita.site;

import org.springframework.stereotype.Component;

import id.cerita.user.StaffUser;
import id.cerita.user.StaffUsers;

/**
 * The name readers see for an author: the account's display name without a bracketed note meant for the newsroom
 * ("Sari Handayani (penulis)" signs "Sari Handayani"). A login name never goes out: an unknown account, or one whose
 * display name is its login, signs with the site's name.
 */
@Component
public class SiteBylines {

    private final StaffUsers users;
    private final SiteProperties properties;

    SiteBylines(StaffUsers users, SiteProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    public String of(String login) {
        String name = login == null ? null : users.find(login).map(StaffUser::displayName)
            .map(n -> n.replaceFirst("\\s*\\([^)]*\\)\\s*$", "").strip()).orElse(null);
        return name == null || name.isBlank() || name.equalsIgnoreCase(login) ? properties.title() : name;
    }
}
