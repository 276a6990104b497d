package id.cerita.user;

import static id.cerita.user.Role.ADMIN;
import static id.cerita.user.Role.EDITOR;
import static id.cerita.user.Role.JOURNALIST;
import static id.cerita.user.Role.WRITER;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What each role may do, in one place: the URL rules, the method security of services and controllers (through
 * {@link CapabilityCheck}), search scopes, the landing page after sign-in, embargo clearance, the menu and the
 * dashboard all ask here instead of listing roles of their own.
 */
public enum Capability {
    /** The newsroom's pages and the stories' working copies: dashboard, stories, media, courses, regions. */
    USE_NEWSROOM(WRITER, EDITOR, ADMIN),
    /** Draft, edit, submit and revise stories; comment and lock while editing. */
    WRITE_STORIES(WRITER, EDITOR),
    /** Edit, restore and submit any story, not only one's own. */
    EDIT_ANY_STORY(EDITOR),
    /** Review submitted stories: request changes, approve, publish, unpublish. */
    REVIEW_STORIES(EDITOR),
    /** Archive a story for good. */
    ARCHIVE_STORIES(EDITOR, ADMIN),
    /** Schedule a publication, set or lift an embargo. */
    SCHEDULE_AND_EMBARGO(EDITOR),
    /** Find every story's working copy (writers find their own). */
    SEE_EVERY_STORY(EDITOR, ADMIN),
    /** Archive (and restore) courses, providers and temu alumni: writers add and correct them, never retire them. */
    ARCHIVE_REFERENCE_DATA(EDITOR, ADMIN),
    /** Withdraw an alumnus's consent, download the signed evidence, merge duplicate alumni records. */
    MANAGE_CONSENT(EDITOR, ADMIN),
    /** Export the public site, and watch what goes out: the e-mail outbox and the press kits' downloads. */
    EXPORT_SITE(EDITOR, ADMIN),
    /** Users, press settings, the audit log, the search index. */
    ADMINISTER(ADMIN),
    /** Search and read published stories and their photos (the newsroom also finds its working copies). */
    READ_PUBLISHED(WRITER, EDITOR, ADMIN, JOURNALIST),
    /** The press room: press pages of published stories and their kits. */
    USE_PRESS_ROOM(JOURNALIST, EDITOR, ADMIN),
    /**
     * Receive embargoed material before its release (they approved it). Journalists get it only through an extra
     * authority granted one by one, never through their role.
     */
    RECEIVE_EMBARGOED(EDITOR, ADMIN);

    private final Set<Role> roles;

    Capability(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** The role names as Spring Security's {@code hasAnyRole} takes them. */
    public String[] roleNames() {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }

    public boolean grantedToAny(Collection<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    /** Whether a signed-in person's roles grant this; nobody signed in may do nothing. */
    public boolean grantedTo(Authentication user) {
        return grantedToAny(rolesOf(user));
    }

    /** The roles among a sign-in's authorities (other authorities, such as a token's marker, are not roles). */
    private static Set<Role> rolesOf(Authentication user) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        if (user == null || !user.isAuthenticated()) {
            return held;
        }
        for (GrantedAuthority authority : user.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    held.add(role);
                }
            }
        }
        return held;
    }

    /** The capabilities of one role. */
    public static Set<Capability> of(Role role) {
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        for (Capability capability : values()) {
            if (capability.roles.contains(role)) {
                capabilities.add(capability);
            }
        }
        return capabilities;
    }
}
