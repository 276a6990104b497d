package id.cerita.press.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.cerita.story.Audience;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryReader;

/**
 * The press room: the latest stories the press may see, each linking to its page with the kit. A plain list until
 * the journalists' search page takes over finding stories.
 */
@Controller
@PreAuthorize("hasAnyRole('JOURNALIST', 'EDITOR', 'ADMIN')")
class PressRoomController {

    static final int LATEST = 50;

    private final StoryReader reader;

    PressRoomController(StoryReader reader) {
        this.reader = reader;
    }

    @GetMapping("/press")
    String pressRoom(Model model) {
        List<StoryDetails> latest = reader.liveStoryIds().reversed().stream().limit(LATEST)
            .map(id -> reader.published(id, Audience.PRESS)).flatMap(Optional::stream).toList();
        model.addAttribute("stories", latest);
        return "press/room";
    }
}
