package id.cerita.user;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A secret offered to an account before it is confirmed with a first code; nothing is stored until then. */
public record SecondFactorSetup(String username, TotpSecret secret) implements java.io.Serializable {

    static SecondFactorSetup fresh(String username) {
        return new SecondFactorSetup(username, TotpSecret.random());
    }

    /** What the QR code carries: the Key URI Format authenticator apps read (issuer Cerita, SHA-1, 6 digits, 30 s). */
    public String otpauthUri() {
        String label = URLEncoder.encode("Cerita:" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret.base32() + "&issuer=Cerita&algorithm=SHA1&digits=6&period=30";
    }
}
