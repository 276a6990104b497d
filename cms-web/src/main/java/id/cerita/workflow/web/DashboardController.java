package id.cerita.workflow.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.cerita.common.StoryId;
import id.cerita.coverage.PressClips;
import id.cerita.impact.ImpactOverview;
import id.cerita.impact.ImpactReports;
import id.cerita.impact.web.ProvinceMaps;
import id.cerita.review.ChangeRequest;
import id.cerita.review.ChangeRequests;
import id.cerita.theme.Themes;
import id.cerita.user.Capability;
import id.cerita.web.Capabilities;
import id.cerita.web.Formats;
import id.cerita.workflow.CountBar;
import id.cerita.workflow.WorkBoard;
import id.cerita.workflow.WorkBoards;
import id.cerita.workflow.WorkItem;

/** The editors' dashboard: the first screen after sign-in. */
@Controller
class DashboardController {

    private final WorkBoards boards;
    private final ChangeRequests changeRequests;
    private final Themes themes;
    private final PressClips clips;
    private final ImpactReports impact;
    private final ProvinceMaps maps;
    private final Formats formats;

    DashboardController(WorkBoards boards, ChangeRequests changeRequests, Themes themes, PressClips clips,
            ImpactReports impact, ProvinceMaps maps, Formats formats) {
        this.formats = formats;
        this.boards = boards;
        this.changeRequests = changeRequests;
        this.themes = themes;
        this.clips = clips;
        this.impact = impact;
        this.maps = maps;
    }

    /** A dashboard line with its time written out. */
    record Line(WorkItem item, String when) {
    }

    @GetMapping("/dashboard")
    String dashboard(Principal user, Authentication authentication, Model model) {
        boolean editor = Capabilities.has(authentication, Capability.REVIEW_STORIES);
        Locale locale = LocaleContextHolder.getLocale();
        WorkBoard board = boards.of(user.getName(), editor);
        model.addAttribute("board", board);
        model.addAttribute("editor", editor);
        model.addAttribute("drafts", lines(board.myDrafts()));
        model.addAttribute("toReview", lines(board.toReview()));
        model.addAttribute("changes", lines(board.changesRequested()));
        Map<StoryId, ChangeRequest> reasons = changeRequests.latest(board.changesRequested().stream()
            .map(WorkItem::storyId).toList());
        model.addAttribute("changeReasons", reasons);
        model.addAttribute("scheduled", lines(board.scheduled()));
        model.addAttribute("embargoed", lines(board.embargoed()));
        model.addAttribute("perProvince", board.publishedPerProvince());
        model.addAttribute("maxPerProvince", board.maxPerProvince());
        model.addAttribute("perTheme", board.publishedPerTheme().stream().map(b -> new CountBar(b.code(),
                themes.find(b.code()).map(t -> t.name(locale)).orElse(b.label()), b.count())).toList());
        model.addAttribute("maxPerTheme", board.maxPerTheme());
        model.addAttribute("clipCount", clips.count());
        model.addAttribute("latestClips", clips.latest(3));
        List<PressClips.Count> clipsPerMonth = clips.perMonth().stream()
            .map(c -> new PressClips.Count(c.key(), formats.month(c.key(), locale), c.count())).toList();
        model.addAttribute("clipsPerMonth", clipsPerMonth);
        model.addAttribute("maxClipsPerMonth", clipsPerMonth.stream().mapToLong(PressClips.Count::count).max().orElse(0));
        ImpactOverview overview = impact.overview();
        model.addAttribute("impact", overview.report().overall());
        model.addAttribute("impactProvinces", overview.provinces());
        model.addAttribute("storyMap", maps.stories(overview, locale));
        model.addAttribute("clipMap", maps.clips(overview, locale));
        return "dashboard/index";
    }

    private static List<Line> lines(List<WorkItem> items) {
        return items.stream().map(i -> new Line(i, Times.format(i.when(), i.zone()))).toList();
    }
}
