package id.cerita.workflow.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.cerita.coverage.PressClip;
import id.cerita.coverage.PressClips;
import id.cerita.review.ChangeRequest;
import id.cerita.review.ChangeRequests;
import id.cerita.theme.Themes;
import id.cerita.user.Capability;
import id.cerita.web.Capabilities;
import id.cerita.workflow.CountBar;
import id.cerita.workflow.WorkBoard;
import id.cerita.workflow.WorkBoards;
import id.cerita.workflow.WorkItem;

/** The editors' dashboard: the first screen after sign-in. */
@Controller
class DashboardController {

    static final int BAR_WIDTH = 320;
    static final int BAR_HEIGHT = 22;

    private final WorkBoards boards;
    private final ChangeRequests changeRequests;
    private final Themes themes;
    private final PressClips clips;

    DashboardController(WorkBoards boards, ChangeRequests changeRequests, Themes themes, PressClips clips) {
        this.boards = boards;
        this.changeRequests = changeRequests;
        this.themes = themes;
        this.clips = clips;
    }

    /** A dashboard line with its time written out. */
    record Line(WorkItem item, String when) {
    }

    /** A chart bar: its label, its count and its length out of {@link #BAR_WIDTH}. */
    record Bar(String label, long count, int width, int y, int textY) {
    }

    @GetMapping("/dashboard")
    String dashboard(Principal user, Authentication authentication, Model model) {
        boolean editor = Capabilities.has(authentication, Capability.REVIEW_STORIES);
        WorkBoard board = boards.of(user.getName(), editor);
        model.addAttribute("board", board);
        model.addAttribute("editor", editor);
        model.addAttribute("drafts", lines(board.myDrafts()));
        model.addAttribute("toReview", lines(board.toReview()));
        model.addAttribute("changes", lines(board.changesRequested()));
        Map<UUID, ChangeRequest> reasons = changeRequests.latest(board.changesRequested().stream()
            .map(WorkItem::storyId).toList());
        model.addAttribute("changeReasons", reasons);
        model.addAttribute("scheduled", lines(board.scheduled()));
        model.addAttribute("embargoed", lines(board.embargoed()));
        model.addAttribute("perProvince", bars(board.publishedPerProvince(), board.maxPerProvince()));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("perTheme", bars(board.publishedPerTheme().stream().map(b -> new CountBar(b.code(),
                themes.find(b.code()).map(t -> t.name(locale)).orElse(b.label()), b.count())).toList(),
                board.maxPerTheme()));
        model.addAttribute("barWidth", BAR_WIDTH);
        List<PressClip> coverage = clips.all();
        model.addAttribute("clipCount", coverage.size());
        model.addAttribute("latestClips", coverage.stream().limit(3).toList());
        return "dashboard/index";
    }

    private static List<Line> lines(List<WorkItem> items) {
        return items.stream().map(i -> new Line(i, Times.format(i.when(), i.zone()))).toList();
    }

    private static List<Bar> bars(List<CountBar> counts, long max) {
        List<Bar> bars = new ArrayList<>();
        for (CountBar c : counts) {
            int width = max == 0 ? 0 : (int) Math.max(2, Math.round((double) BAR_WIDTH * c.count() / max));
            int y = bars.size() * BAR_HEIGHT;
            bars.add(new Bar(c.label(), c.count(), width, y, y + 15));
        }
        return bars;
    }
}
