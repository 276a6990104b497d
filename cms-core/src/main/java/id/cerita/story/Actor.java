package id.cerita.story;

import java.util.Collection;

/** Who is asking, as far as the workflow rules care: their name and whether they write, edit or administer. */
public record Actor(String name, boolean writer, boolean editor, boolean admin) {

    /** From Spring Security authority names ("ROLE_EDITOR"). */
    public static Actor of(String name, Collection<String> authorities) {
        return new Actor(name, authorities.contains("ROLE_WRITER"), authorities.contains("ROLE_EDITOR"),
                authorities.contains("ROLE_ADMIN"));
    }

    public static Actor writer(String name) {
        return new Actor(name, true, false, false);
    }

    public static Actor editor(String name) {
        return new Actor(name, false, true, false);
    }
}
