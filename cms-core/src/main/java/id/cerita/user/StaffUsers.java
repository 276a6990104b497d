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

    StaffUsers(StaffUserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
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
            throw new InvalidFieldException("username", "user.username-taken", "Nama pengguna sudah dipakai: " + username);
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
        StaffUser user = require(username);
        Set<Role> before = user.roles();
        user.changeRoles(roles);
        StaffUser saved = users.save(user);
        events.publishEvent(new StaffRolesChanged(username, before, saved.roles(), SystemActor.currentName()));
        return saved;
    }

    /** Your own password, or anyone's if you are an administrator. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM', 'ADMIN') or #username == authentication.name")
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
        return find(username).orElseThrow(() -> new NotFoundException("Pengguna tidak ditemukan: " + username));
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
                    "Kata sandi paling sedikit " + MIN_PASSWORD_LENGTH + " karakter");
        }
    }
}
