package id.cerita.search.web;

import java.io.IOException;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.search.IndexRebuild;
import id.cerita.search.IndexRebuild.RebuildProgress;
import id.cerita.search.IndexStatusService;
import id.cerita.search.SearchSynonyms;
import id.cerita.search.StoryIndex;

/**
 * The administrators' search page: whether the index has caught up with the database, which index the alias points
 * at, and a full rebuild without downtime with its progress (polled by search-admin.js).
 */
@Controller
@PreAuthorize("@capability.granted(authentication, 'ADMINISTER')")
class SearchAdminController {

    private final IndexStatusService status;
    private final IndexRebuild rebuild;
    private final StoryIndex index;
    private final SearchSynonyms synonyms;
    private final MessageSource messages;

    SearchAdminController(IndexStatusService status, IndexRebuild rebuild, StoryIndex index, SearchSynonyms synonyms,
            MessageSource messages) {
        this.status = status;
        this.rebuild = rebuild;
        this.index = index;
        this.synonyms = synonyms;
        this.messages = messages;
    }

    @GetMapping("/admin/search")
    String page(Model model) {
        model.addAttribute("status", status.now());
        model.addAttribute("progress", rebuild.progress());
        model.addAttribute("alias", index.alias());
        try {
            model.addAttribute("indices", List.copyOf(index.indicesBehindAlias()));
            model.addAttribute("outdated", index.outdated());
            model.addAttribute("reachable", true);
        } catch (IOException | RuntimeException unreachable) {
            // the page is most needed when the cluster is away: show the queue, say the cluster does not answer
            model.addAttribute("reachable", false);
        }
        return "search/admin";
    }

    @GetMapping(path = "/admin/search/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    RebuildProgress progress() {
        return rebuild.progress();
    }

    @PostMapping("/admin/search/rebuild")
    String start(RedirectAttributes redirect) {
        RebuildProgress progress = rebuild.start();
        String message = progress.running() ? "searchAdmin.started" : "searchAdmin.notStarted";
        redirect.addFlashAttribute("notice", messages.getMessage(message, null, LocaleContextHolder.getLocale()));
        return "redirect:/admin/search";
    }

    /** Sends the synonym rules to the cluster again; the running index uses them at once, no rebuild. */
    @PostMapping("/admin/search/synonyms")
    String reloadSynonyms(RedirectAttributes redirect) {
        try {
            SearchSynonyms.Reloaded reloaded = synonyms.reload();
            redirect.addFlashAttribute("notice", messages.getMessage("search17.synonyms.reloaded",
                    new Object[] { reloaded.rules(), reloaded.source() }, LocaleContextHolder.getLocale()));
        } catch (IOException | RuntimeException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("search17.synonyms.failed",
                    new Object[] { e.getMessage() }, LocaleContextHolder.getLocale()));
        }
        return "redirect:/admin/search";
    }
}
