package id.cerita.workflow.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import id.cerita.common.StoryId;
import id.cerita.story.Actor;

/** Who is asking, for the workflow rules, and where a step sends them back to. */
final class Steps {

    private Steps() {
    }

    static Actor actor(Authentication user) {
        return Actor.of(user.getName(), user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    /** The editor or the review page when the step was taken there, the workflow page otherwise (never a free URL). */
    static String back(StoryId id, String back) {
        if ("editor".equals(back)) {
            return "/stories/" + id;
        }
        return "review".equals(back) ? "/workflow/stories/" + id + "/review" : "/workflow/stories/" + id;
    }
}
