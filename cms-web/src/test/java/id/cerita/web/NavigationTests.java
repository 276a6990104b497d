package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.cerita.common.SystemActor;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Capability;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/**
 * The menu offers each role only what it may open: every link in it, crawled as that role, gets past security. Each
 * role lands on its home after sign-in (journalists in the press room), and the brand and the error page lead there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NavigationTests {

    private static final Pattern MENU = Pattern.compile("<nav class=\"main-nav\".*?</nav>", Pattern.DOTALL);
    private static final Pattern BRAND = Pattern.compile("<a class=\"brand\" href=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");
    private static final String PASSWORD = "kata-sandi-navigasi-1";

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void offersInTheMenuOnlyPagesTheRoleMayOpen(Role role, @Autowired StaffUsers users) throws Exception {
        String name = "nav-" + role.name().toLowerCase();
        // a real account: the menu's profile page shows its own record
        SystemActor.run(() -> {
            if (users.find(name).isEmpty()) {
                users.create(name, "Navigasi " + role.name(), PASSWORD, EnumSet.of(role));
            }
        });
        UserRequestPostProcessor who = user(name).roles(role.name());
        String home = role == Role.JOURNALIST ? "/press" : "/dashboard";
        MockHttpServletResponse page = mvc.perform(get(home).with(who).accept(MediaType.TEXT_HTML)).andReturn()
            .getResponse();
        assertThat(page.getStatus()).as(home).isEqualTo(200);
        String html = page.getContentAsString();

        List<String> links = menuLinks(html);
        assertThat(links).isNotEmpty();
        Matcher brand = BRAND.matcher(html);
        assertThat(brand.find()).isTrue();
        assertThat(brand.group(1)).isEqualTo(home);
        for (String link : links) {
            MockHttpServletResponse answer = mvc.perform(get(link).with(who).accept(MediaType.TEXT_HTML)).andReturn()
                .getResponse();
            String location = answer.getRedirectedUrl();
            assertThat(answer.getStatus()).as(role + " opens " + link).isNotIn(401, 403);
            assertThat(location == null || !location.contains("/login")).as(role + " opens " + link).isTrue();
        }
    }

    @Test
    void switchingLanguageKeepsTheSearchOnThePage() throws Exception {
        String page = mvc.perform(get("/press?q=toko+bunga&province=16&lang=id").with(user("j").roles("JOURNALIST")))
            .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"?q=toko+bunga&amp;province=16&amp;lang=en\"")
            .contains("href=\"?q=toko+bunga&amp;province=16&amp;lang=id\"");
    }

    @Test
    void showsJournalistsThePressRoomAndWritersNoAdministration() throws Exception {
        String journalist = mvc.perform(get("/press").with(user("j").roles("JOURNALIST"))).andReturn().getResponse()
            .getContentAsString();
        assertThat(menuLinks(journalist)).containsExactly("/press", "/press/alerts", "/profile");
        assertThat(journalist).contains("action=\"/logout\"").contains("href=\"?lang=en\"");

        List<String> writer = menuLinks(mvc.perform(get("/dashboard").with(user("w").roles("WRITER"))).andReturn()
            .getResponse().getContentAsString());
        assertThat(writer).contains("/dashboard", "/stories", "/search").doesNotContain("/press", "/site")
            .noneMatch(link -> link.startsWith("/admin"));
        List<String> admin = menuLinks(mvc.perform(get("/dashboard").with(user("a").roles("ADMIN"))).andReturn()
            .getResponse().getContentAsString());
        assertThat(admin).contains("/admin/audit", "/admin/search", "/press", "/site");
    }

    @Test
    void landsEachRoleOnItsHomeAfterSignIn(@Autowired StaffUsers users) throws Exception {
        SystemActor.run(() -> {
            users.create("nav-wartawan", "Wartawan", PASSWORD, EnumSet.of(Role.JOURNALIST));
            users.create("nav-penulis", "Penulis", PASSWORD, EnumSet.of(Role.WRITER));
            users.create("nav-admin", "Admin", PASSWORD, EnumSet.of(Role.ADMIN));
        });
        assertThat(signIn("nav-wartawan")).isEqualTo("/press");
        assertThat(signIn("nav-penulis")).isEqualTo("/dashboard");
        assertThat(signIn("nav-admin")).isEqualTo("/dashboard");
    }

    @Test
    void givesEveryRoleTheCapabilitiesItHadBefore() {
        assertThat(Capability.of(Role.JOURNALIST)).containsExactlyInAnyOrder(Capability.READ_PUBLISHED,
                Capability.USE_PRESS_ROOM);
        assertThat(Capability.of(Role.WRITER)).containsExactlyInAnyOrder(Capability.USE_NEWSROOM,
                Capability.WRITE_STORIES, Capability.READ_PUBLISHED);
        assertThat(Capability.of(Role.EDITOR)).doesNotContain(Capability.ADMINISTER)
            .contains(Capability.REVIEW_STORIES, Capability.SCHEDULE_AND_EMBARGO, Capability.RECEIVE_EMBARGOED);
        assertThat(Capability.of(Role.ADMIN)).doesNotContain(Capability.WRITE_STORIES, Capability.REVIEW_STORIES)
            .contains(Capability.ADMINISTER, Capability.SEE_EVERY_STORY);
    }

    private String signIn(String username) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn().getResponse()
            .getRedirectedUrl();
    }

    private static List<String> menuLinks(String html) {
        Matcher menu = MENU.matcher(html);
        List<String> links = new ArrayList<>();
        if (menu.find()) {
            Matcher href = HREF.matcher(menu.group());
            while (href.find()) {
                links.add(href.group(1));
            }
        }
        return links;
    }
}
