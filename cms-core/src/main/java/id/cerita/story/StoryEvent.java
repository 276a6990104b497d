package id.cerita.story;

import id.cerita.common.StoryId;

/**
 * Something happened to a story. Search and export listen to every one of them (through the event publication
 * registry, our outbox) and refresh what they derive from the story.
 */
public sealed interface StoryEvent permits StoryDrafted, StoryRevised, StorySubmitted, StoryChangesRequested,
        StoryApproved, StoryScheduled, StoryUnscheduled, StoryPublished, StoryUnpublished, StoryArchived, StoryEmbargoed,
        StoryEmbargoLifted, StoryWithdrawnFromPress {

    StoryId storyId();
}
