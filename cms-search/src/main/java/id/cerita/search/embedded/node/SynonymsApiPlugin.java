package id.cerita.search.embedded.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.bulk.BulkItemResponse;
import org.elasticsearch.action.bulk.BulkRequest;
import org.elasticsearch.action.delete.DeleteRequest;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.action.support.ActionFilters;
import org.elasticsearch.action.support.HandledTransportAction;
import org.elasticsearch.action.support.WriteRequest.RefreshPolicy;
import org.elasticsearch.client.internal.Client;
import org.elasticsearch.common.util.concurrent.EsExecutors;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.index.reindex.BulkByPaginatedSearchResponse;
import org.elasticsearch.index.reindex.BulkByPaginatedSearchTask;
import org.elasticsearch.index.reindex.DeleteByQueryAction;
import org.elasticsearch.index.reindex.DeleteByQueryRequest;
import org.elasticsearch.injection.guice.Inject;
import org.elasticsearch.index.mapper.Mapper;
import org.elasticsearch.index.mapper.TextFieldMapper;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.MapperPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.search.SearchHit;
import org.elasticsearch.search.builder.SearchSourceBuilder;
import org.elasticsearch.tasks.Task;
import org.elasticsearch.transport.TransportService;

/**
 * What the Synonyms API ({@code PUT _synonyms/<set>}) needs from modules that are not published on Maven Central: the
 * internal delete-by-query action ({@code reindex}; it replaces a set's rules) and the {@code match_only_text} field
 * type of the {@code .synonyms} system index ({@code mapper-extras}; here a plain text field, which stores and finds the
 * same rules). The delete-by-query is just enough for that use: it deletes what the query matches a page at a time and
 * refreshes; no REST endpoint, slicing, throttling or scroll.
 */
public class SynonymsApiPlugin extends Plugin implements ActionPlugin, MapperPlugin {

    @Override
    public Map<String, Mapper.TypeParser> getMappers() {
        return Map.of("match_only_text", TextFieldMapper.PARSER);
    }

    @Override
    public Collection<ActionHandler> getActions() {
        return List.of(new ActionHandler(DeleteByQueryAction.INSTANCE, TransportDeleteByQuery.class));
    }

    /** Deletes the matching documents page by page until none is left. */
    public static final class TransportDeleteByQuery
            extends HandledTransportAction<DeleteByQueryRequest, BulkByPaginatedSearchResponse> {

        private static final int PAGE = 1000;
        private final Client client;

        @Inject
        public TransportDeleteByQuery(TransportService transport, ActionFilters filters, Client client) {
            super(DeleteByQueryAction.NAME, transport, filters, DeleteByQueryRequest::new,
                    EsExecutors.DIRECT_EXECUTOR_SERVICE);
            this.client = client;
        }

        @Override
        protected void doExecute(Task task, DeleteByQueryRequest request,
                ActionListener<BulkByPaginatedSearchResponse> listener) {
            page(request, System.nanoTime(), 0, listener);
        }

        private void page(DeleteByQueryRequest request, long start, long deleted,
                ActionListener<BulkByPaginatedSearchResponse> listener) {
            SearchRequest original = request.getSearchRequest();
            SearchRequest search = new SearchRequest(original.indices()).indicesOptions(original.indicesOptions())
                .source(new SearchSourceBuilder().query(original.source() == null ? null : original.source().query())
                    .size(PAGE).fetchSource(false).trackTotalHits(false));
            client.search(search, listener.delegateFailureAndWrap((l, response) -> {
                BulkRequest bulk = new BulkRequest().setRefreshPolicy(RefreshPolicy.IMMEDIATE);
                for (SearchHit hit : response.getHits().getHits()) {
                    bulk.add(new DeleteRequest(hit.getIndex(), hit.getId()));
                }
                if (bulk.numberOfActions() == 0) {
                    l.onResponse(done(start, deleted, List.of()));
                    return;
                }
                int count = bulk.numberOfActions();
                client.bulk(bulk, l.delegateFailureAndWrap((l2, result) -> {
                    List<BulkItemResponse.Failure> failures = new ArrayList<>();
                    for (BulkItemResponse item : result.getItems()) {
                        if (item.isFailed()) {
                            failures.add(item.getFailure());
                        }
                    }
                    if (!failures.isEmpty() || count < PAGE) {
                        l2.onResponse(done(start, deleted + count - failures.size(), failures));
                    } else {
                        page(request, start, deleted + count, l2);
                    }
                }));
            }));
        }

        private static BulkByPaginatedSearchResponse done(long start, long deleted,
                List<BulkItemResponse.Failure> failures) {
            BulkByPaginatedSearchTask.Status status = new BulkByPaginatedSearchTask.Status(null, deleted, 0, 0,
                    deleted, 1, 0, 0, 0, 0, TimeValue.ZERO, Float.POSITIVE_INFINITY, null, TimeValue.ZERO);
            return new BulkByPaginatedSearchResponse(TimeValue.timeValueNanos(System.nanoTime() - start), status,
                    failures, List.of(), false);
        }
    }
}
