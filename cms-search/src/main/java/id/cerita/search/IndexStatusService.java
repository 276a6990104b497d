package id.cerita.search;

import org.springframework.stereotype.Service;

/** The index queue's state, for administrators: the index has caught up when nothing is waiting. */
@Service
public class IndexStatusService {

    private final IndexQueue queue;

    IndexStatusService(IndexQueue queue) {
        this.queue = queue;
    }

    public IndexStatus now() {
        return queue.status();
    }
}
