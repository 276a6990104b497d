package id.cerita.alert.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;

import org.springframework.mail.MailSendException;

/**
 * Reads bounces: the recipients an SMTP server refused while sending, and the failed recipients of a delivery status
 * notification (RFC 3464: {@code multipart/report; report-type=delivery-status}, whose {@code message/delivery-status}
 * part has one block per recipient with {@code Final-Recipient} and {@code Action}).
 */
final class Bounces {

    private static final Pattern FIELD = Pattern.compile("^([A-Za-z-]+):\\s*(.*)$");

    /** A recipient that could not be reached, and why. */
    record Failed(String recipient, String reason) {
    }

    private Bounces() {
    }

    /** The addresses a send failure names as refused (the server's 5xx to RCPT TO); empty for any other failure. */
    static Set<String> refusedRecipients(Throwable failure) {
        Set<String> refused = new LinkedHashSet<>();
        List<Throwable> seen = new ArrayList<>();
        collect(failure, refused, seen);
        return refused;
    }

    private static void collect(Throwable failure, Set<String> refused, List<Throwable> seen) {
        if (failure == null || seen.contains(failure)) {
            return;
        }
        seen.add(failure);
        if (failure instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null) {
            for (Address address : sendFailed.getInvalidAddresses()) {
                refused.add(address instanceof InternetAddress internet ? internet.getAddress() : address.toString());
            }
        }
        if (failure instanceof MailSendException mailSend) {
            for (Exception e : mailSend.getMessageExceptions()) {
                collect(e, refused, seen);
            }
        }
        if (failure instanceof MessagingException messaging) {
            collect(messaging.getNextException(), refused, seen);
        }
        collect(failure.getCause(), refused, seen);
    }

    /** The failed recipients a delivery status notification reports; empty when the mail is not one. */
    static List<Failed> failedRecipients(Part message) throws MessagingException, IOException {
        ContentType type = new ContentType(message.getContentType());
        if (!type.match("multipart/report")
                || !"delivery-status".equalsIgnoreCase(type.getParameter("report-type"))) {
            return List.of();
        }
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                try (InputStream in = part.getInputStream()) {
                    return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return List.of();
    }

    /** The per-recipient blocks (separated by blank lines) whose action is "failed". */
    static List<Failed> parse(String deliveryStatus) {
        List<Failed> failed = new ArrayList<>();
        for (String block : deliveryStatus.replace("\r\n", "\n").split("\n\\s*\n")) {
            String recipient = null;
            String action = null;
            String status = null;
            String diagnostic = null;
            for (String line : block.replaceAll("\n[ \t]+", " ").split("\n")) {
                Matcher m = FIELD.matcher(line.strip());
                if (!m.matches()) {
                    continue;
                }
                String value = m.group(2).strip();
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "final-recipient" -> recipient = address(value);
                    case "original-recipient" -> recipient = recipient == null ? address(value) : recipient;
                    case "action" -> action = value.toLowerCase(Locale.ROOT);
                    case "status" -> status = value;
                    case "diagnostic-code" -> diagnostic = value;
                    default -> { }
                }
            }
            if (recipient != null && "failed".equals(action)) {
                failed.add(new Failed(recipient, String.join(" ", status == null ? "" : status,
                        diagnostic == null ? "" : diagnostic).strip()));
            }
        }
        return failed;
    }

    /** "rfc822; wartawan@example.org" gives the address. */
    private static String address(String value) {
        int semicolon = value.indexOf(';');
        return (semicolon >= 0 ? value.substring(semicolon + 1) : value).strip();
    }
}
