package id.cerita.demo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/** The demo newsroom: one account per role, all with the configured demo password (or one printed once). */
final class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record Account(String username, String displayName, Set<Role> roles) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "Administrator Demo", Set.of(Role.ADMIN)),
            new Account("sari", "Sari Handayani (penulis)", Set.of(Role.WRITER)),
            new Account("rina", "Rina Marpaung (penulis)", Set.of(Role.WRITER)),
            new Account("budi", "Budi Santoso (editor)", Set.of(Role.EDITOR)),
            new Account("dewi", "Dewi Anggraini (editor)", Set.of(Role.EDITOR)),
            new Account("jurnalis", "Jurnalis Demo", Set.of(Role.JOURNALIST)));

    private final StaffUsers users;
    private final DemoProperties properties;

    DemoUsers(StaffUsers users, DemoProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    /** Creates the accounts that are missing; returns how many were created. */
    int create() {
        List<Account> missing = ACCOUNTS.stream().filter(a -> users.find(a.username()).isEmpty()).toList();
        if (missing.isEmpty()) {
            return 0;
        }
        String password = properties.password();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        for (Account account : missing) {
            users.create(account.username(), account.displayName(), password, account.roles());
        }
        String names = String.join(", ", missing.stream().map(Account::username).toList());
        if (generated) {
            log.warn("""

                    ================================================================
                     Demo accounts created: {}
                     Password for all of them (shown only this once):
                         {}
                     Set cerita.demo.password to choose it yourself.
                    ================================================================""", names, password);
        }
        else {
            log.info("Demo accounts created with the configured cerita.demo.password: {}", names);
        }
        return missing.size();
    }
}
