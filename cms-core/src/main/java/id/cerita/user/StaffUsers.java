package id.cerita.user;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.AsAdmin;
import id.cerita.common.AsStaff;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.common.SystemActor;

/** Staff accounts, and the source of sign-in details for Spring Security. */
@Service
@Transactional(readOnly = true)
public class StaffUsers implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final StaffUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordLinks links;
    private final PasswordPolicy policy;
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    StaffUsers(StaffUserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            Clock clock, PasswordLinks links, PasswordPolicy policy) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.links = links;
        this.policy = policy;
    }

    /**
     * An account without a usable password yet, and the one-time link its owner sets one with (the administrator
     * passes it on; there is no mail server).
     */
    @Transactional
    @AsAdmin
    public NewAccount open(String username, String displayName, Set<Role> roles) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new InvalidFieldException("displayName", "user.display-name", "Nama tampilan 1-200 karakter");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidFieldException("roles", "user.roles", "Pilih paling sedikit satu peran");
        }
        byte[] unusable = new byte[32];
        random.nextBytes(unusable);
        StaffUser user = create(username, displayName.strip(),
                java.util.Base64.getUrlEncoder().encodeToString(unusable), roles);
        return new NewAccount(user, links.welcome(user.username()));
    }

    /** Disables an account: its sessions end on their next request and its API tokens stop working at once. */
    @Transactional
    @AsAdmin
    public StaffUser disable(String username) {
        StaffUser user = require(username);
        if (user.username().equals(SystemActor.currentName())) {
            throw new InvalidFieldException("username", "user.disable-self", "Anda tidak dapat menonaktifkan akun sendiri");
        }
        if (user.disable()) {
            user = users.save(user);
            events.publishEvent(new StaffUserEnabledChanged(username, false, SystemActor.currentName()));
        }
        return user;
    }

    @Transactional
    @AsAdmin
    public StaffUser enable(String username) {
        StaffUser user = require(username);
        if (user.enable()) {
            user = users.save(user);
            events.publishEvent(new StaffUserEnabledChanged(username, true, SystemActor.currentName()));
        }
        return user;
    }

    /** Your display name (the byline) and preferred language ("id" or "en"). */
    @Transactional
    @PreAuthorize("#username == authentication.name")
    public StaffUser describe(String username, String displayName, String language) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new InvalidFieldException("displayName", "user.display-name", "Nama tampilan 1-200 karakter");
        }
        if (language != null && !language.isBlank() && !language.equals("id") && !language.equals("en")) {
            throw new InvalidFieldException("language", "user.language", "Bahasa: id atau en");
        }
        StaffUser user = require(username);
        user.describe(displayName.strip(), language == null || language.isBlank() ? null : language);
        return users.save(user);
    }

    /** Your own password: the current one first, then a new one the policy accepts, twice. */
    @Transactional
    @PreAuthorize("#username == authentication.name")
    public void changeOwnPassword(String username, String current, String password, String repeated) {
        StaffUser user = require(username);
        if (current == null || !passwordEncoder.matches(current, user.passwordHash())) {
            throw new InvalidFieldException("current", "user.password-current", "Kata sandi sekarang salah");
        }
        if (password == null || !password.equals(repeated)) {
            throw new InvalidFieldException("repeated", "user.password-mismatch", "Kedua kata sandi tidak sama");
        }
        policy.check("password", password, user.username(), user.displayName());
        user.changePasswordHash(passwordEncoder.encode(password));
        users.save(user);
        events.publishEvent(new PasswordSet(username, "profil"));
    }

    /** Whether the account exists and is disabled (a session of it must end). */
    public boolean disabled(String username) {
        return users.findByUsername(username).map(u -> !u.enabled()).orElse(false);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = users.findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.username()).password(user.passwordHash()).disabled(!user.enabled())
            .authorities(user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()).build();
    }

    @Transactional
    @AsAdmin
    public StaffUser create(String username, String displayName, String rawPassword, Set<Role> roles) {
        if (username == null || !username.matches("[a-z0-9._-]{3,100}")) {
            throw new InvalidFieldException("username", "user.username-format",
                    "Nama pengguna 3-100 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidFieldException("username", "user.username-taken", "Nama pengguna sudah dipakai: " + username,
                    username);
        }
        checkPassword(rawPassword);
        StaffUser created = users.save(StaffUser.create(username, displayName, passwordEncoder.encode(rawPassword),
                roles, clock.instant()));
        events.publishEvent(new StaffUserCreated(username, created.roles(), SystemActor.currentName()));
        return created;
    }

    @Transactional
    @AsAdmin
    public StaffUser changeRoles(String username, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidFieldException("roles", "user.roles", "Pilih paling sedikit satu peran");
        }
        StaffUser user = require(username);
        Set<Role> before = user.roles();
        user.changeRoles(roles);
        StaffUser saved = users.save(user);
        events.publishEvent(new StaffRolesChanged(username, before, saved.roles(), SystemActor.currentName()));
        return saved;
    }

    /** Your own password, or anyone's if you are an administrator. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM') or @capability.granted(authentication, 'ADMINISTER') or #username == authentication.name")
    public void changePassword(String username, String rawPassword) {
        checkPassword(rawPassword);
        StaffUser user = require(username);
        user.changePasswordHash(passwordEncoder.encode(rawPassword));
        users.save(user);
    }

    public Optional<StaffUser> find(String username) {
        return users.findByUsername(username);
    }

    public StaffUser require(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("user", "Pengguna tidak ditemukan: " + username, username));
    }

    @AsAdmin
    public List<StaffUser> everyone() {
        return users.findAllByOrderByUsername();
    }

    @AsStaff
    public List<StaffUser> all() {
        return users.findAllByOrderByUsername();
    }

    public boolean none() {
        return users.count() == 0;
    }

    private static void checkPassword(String rawPassword) {
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidFieldException("password", "user.password-short",
                    "Kata sandi paling sedikit " + MIN_PASSWORD_LENGTH + " karakter", MIN_PASSWORD_LENGTH);
        }
    }
}
