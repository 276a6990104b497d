/**
 * Press kits: one ZIP per story with the press release as PDF (A4, embedded fonts), DOCX and text, IPTC ninjs 3.1,
 * NewsML-G2 2.35, high-resolution photos with captions and a SHA-256 manifest, in the story's language and its
 * published translations. The public API is {@link id.cerita.press.PressKits} (with {@link id.cerita.press.EmbargoAccess}
 * chosen by the caller), the editable {@link id.cerita.press.PressSettings}, and two ports other features fill in:
 * {@link id.cerita.press.StoryEmbargoes} (workflow) and {@link id.cerita.press.PressPhotos} (media).
 */
package id.cerita.press;
