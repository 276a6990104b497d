package id.cerita.user;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.AsAdmin;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.common.SystemActor;

/** Journalists ask for an account from the sign-in page; administrators approve (opening the account) or decline. */
@Service
@Transactional
public class AccountRequests {

    /** Pending requests accepted at most; beyond it the form asks to try later (nobody floods the admin page). */
    static final int MAX_PENDING = 200;

    private final AccountRequestRepository requests;
    private final StaffUsers users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountRequests(AccountRequestRepository requests, StaffUsers users, ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** Anyone may ask (no sign-in). */
    public AccountRequest submit(String name, String outlet, String email, String reason) {
        require("name", name, 200);
        require("outlet", outlet, 200);
        require("email", email, 254);
        require("reason", reason, 2000);
        if (!email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidFieldException("email", "account-request.email", "Alamat e-mail tidak valid");
        }
        if (requests.countByStatus(AccountRequest.Status.PENDING) >= MAX_PENDING) {
            throw new InvalidFieldException("reason", "account-request.busy",
                    "Terlalu banyak permintaan menunggu. Coba lagi nanti");
        }
        return requests.save(AccountRequest.submit(name.strip(), outlet.strip(), email.strip(), reason.strip(),
                clock.instant()));
    }

    @AsAdmin
    @Transactional(readOnly = true)
    public List<AccountRequest> pending() {
        return requests.findByStatusOrderByCreatedAt(AccountRequest.Status.PENDING);
    }

    /** Opens a journalist account named {@code username} for the request, with a one-time set-password link. */
    @AsAdmin
    public NewAccount approve(UUID id, String username) {
        AccountRequest request = find(id);
        NewAccount account = users.open(username, request.name(), EnumSet.of(Role.JOURNALIST));
        request.approve(account.user().username(), SystemActor.currentName(), clock.instant());
        requests.save(request);
        events.publishEvent(new AccountRequestDecided(id, request.email(), true, username, SystemActor.currentName()));
        return account;
    }

    @AsAdmin
    public AccountRequest decline(UUID id) {
        AccountRequest request = find(id);
        request.decline(SystemActor.currentName(), clock.instant());
        AccountRequest saved = requests.save(request);
        events.publishEvent(new AccountRequestDecided(id, request.email(), false, null, SystemActor.currentName()));
        return saved;
    }

    private AccountRequest find(UUID id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("account-request", "Permintaan akun tidak ditemukan", id));
    }

    private static void require(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new InvalidFieldException(field, "account-request." + field, "Isi " + field + " (1-" + max + " karakter)");
        }
    }
}
