package id.cerita.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ReviewCommentRepository extends ListCrudRepository<ReviewComment, UUID> {

    List<ReviewComment> findByStoryIdOrderByRevisionDescParagraphAscCreatedAtAsc(UUID storyId);

    List<ReviewComment> findByStoryIdAndRevisionOrderByParagraphAscCreatedAtAsc(UUID storyId, int revision);
}
