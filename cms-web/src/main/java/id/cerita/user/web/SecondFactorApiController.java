package id.cerita.user.web;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import id.cerita.common.InvalidFieldException;
import id.cerita.user.SecondFactorSetup;
import id.cerita.user.SecondFactors;
import id.cerita.user.StaffUsers;
import id.cerita.user.TotpSecret;
import id.cerita.web.ApiController;

/**
 * Your second factor over the API, for a signed-in browser session (API tokens never reach /api/profile, and HTTP
 * Basic is refused once a second factor is on). Setting up takes two calls and keeps nothing in between: the first
 * offers a secret, the second sends it back with a code made from it.
 */
@ApiController
class SecondFactorApiController {

    private final SecondFactors secondFactors;
    private final StaffUsers users;

    SecondFactorApiController(SecondFactors secondFactors, StaffUsers users) {
        this.secondFactors = secondFactors;
        this.users = users;
    }

    record SecondFactorView(boolean enabled, boolean required, int recoveryCodesLeft) {
    }

    /** Without {@code code}: a new secret is offered. With {@code secret} and {@code code}: it is turned on. */
    record SetUp(String secret, String code) {
    }

    record Offer(String secret, String otpauthUri) {
    }

    record Enabled(List<String> recoveryCodes) {
    }

    record TurnOff(String code) {
    }

    @GetMapping("/api/profile/second-factor")
    SecondFactorView mine(Principal user) {
        return new SecondFactorView(secondFactors.enabled(user.getName()),
                secondFactors.required(users.require(user.getName())), secondFactors.recoveryCodesLeft(user.getName()));
    }

    /** 200 with an offer, or 201 with the recovery codes (the only time they can be read). */
    @PostMapping("/api/profile/second-factor")
    ResponseEntity<?> setUp(@RequestBody SetUp command, Principal user) {
        if (command.code() == null || command.code().isBlank()) {
            SecondFactorSetup offer = secondFactors.offer(user.getName());
            return ResponseEntity.ok(new Offer(offer.secret().base32(), offer.otpauthUri()));
        }
        SecondFactorSetup setup;
        try {
            setup = new SecondFactorSetup(user.getName(), new TotpSecret(command.secret() == null ? "" : command.secret()));
        }
        catch (IllegalArgumentException e) {
            throw new InvalidFieldException("secret", "second-factor.secret", "Kunci tidak valid");
        }
        if (setup.secret().base32().length() < 32) {
            throw new InvalidFieldException("secret", "second-factor.secret", "Kunci tidak valid");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(new Enabled(secondFactors.confirm(setup, command.code())));
    }

    @DeleteMapping("/api/profile/second-factor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void turnOff(@RequestBody TurnOff command, Principal user) {
        secondFactors.disable(user.getName(), command.code());
    }
}
