package id.cerita.alert.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.jayway.jsonpath.JsonPath;

import id.cerita.alumni.Alumni;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/**
 * A follow's Atom feed: a reader fetches it without signing in through the secret address the API and the alerts
 * page give; it holds the matching published stories only, parses as Atom, and is gone once the follow is.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FollowFeedTests {

    private static final String PASSWORD = "kata-sandi-wartawan-9";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void aReaderGetsTheFollowsStoriesAsAtomWithoutSigningInUntilTheFollowEnds(@Autowired MockMvc mvc,
            @Autowired StaffUsers users, @Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni) throws Exception {
        SystemActor.run(() -> users.create("wartawan-umpan", "Wartawan Umpan", PASSWORD, EnumSet.of(Role.JOURNALIST)));
        RequestPostProcessor me = httpBasic("wartawan-umpan", PASSWORD);
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        Story jambi = fixtures.aPublishedStory(in(fixtures, "Donat Aidoo di Kota Jambi", StoryFixtures.KOTA_JAMBI));
        Story gorontalo = fixtures.aPublishedStory("Penata rias di Kota Gorontalo");

        String created = mvc.perform(post("/api/alerts/follows").with(me).contentType(MediaType.APPLICATION_JSON)
                .content("{\"filter\":\"province\",\"value\":\"15\",\"label\":\"Jambi\"}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String feedUrl = JsonPath.read(created, "$.feedUrl");
        String path = feedUrl.replaceFirst("^https?://[^/]+", "");
        assertThat(path).startsWith("/alerts/feed/");

        byte[] body = mvc.perform(get(path)).andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/atom+xml")).andReturn().getResponse()
            .getContentAsByteArray();
        Document atom = parse(body);
        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
        List<String> titles = titlesOfEntries(atom);
        assertThat(titles).containsExactly(jambi.title()).doesNotContain(gorontalo.title());
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("/press/stories/" + jambi.slug().value());

        String page = mvc.perform(get("/press/alerts").with(user("wartawan-umpan").roles("JOURNALIST"))).andReturn()
            .getResponse().getContentAsString();
        assertThat(page).contains(feedUrl.replace("&", "&amp;")).contains("Umpan Atom");

        mvc.perform(get("/alerts/feed/bukan-rahasia")).andExpect(status().isNotFound());
        mvc.perform(delete("/api/alerts/follows/{id}", (String) JsonPath.read(created, "$.id")).with(me))
            .andExpect(status().isNoContent());
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }

    private static StoryContent in(StoryFixtures fixtures, String title, String region) {
        StoryContent c = fixtures.content(title);
        return new StoryContent(c.language(), c.title(), null, c.summary(), c.body(), c.alumnusId(), region, null,
                c.courseIds(), c.themeCodes(), c.quotes(), c.outcomes(), c.sources());
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<String> titlesOfEntries(Document atom) {
        var entries = atom.getElementsByTagNameNS(ATOM, "entry");
        java.util.ArrayList<String> titles = new java.util.ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            titles.add(entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        }
        return titles;
    }
}
