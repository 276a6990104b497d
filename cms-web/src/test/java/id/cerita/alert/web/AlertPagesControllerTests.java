package id.cerita.alert.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertPagesControllerTests {

    @ParameterizedTest
    @CsvSource({ "http://127.0.0.1:8080/press?province=15, /press?province=15",
        "/press?province=15&theme=kuliner, /press?province=15&theme=kuliner", "https://evil.test/press, /press",
        "//evil.test/x, /press/alerts", "/admin/users, /press/alerts", "/press/../admin, /press/alerts",
        "'', /press/alerts", "http://x y, /press/alerts" })
    void sendsTheJournalistBackIntoThePressRoomOnThisHostOnly(String returnTo, String expected) {
        assertThat(AlertPagesController.backToThePressRoom(returnTo)).isEqualTo(expected);
    }
}
