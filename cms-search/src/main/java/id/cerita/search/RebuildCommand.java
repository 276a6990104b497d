package id.cerita.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import id.cerita.search.IndexRebuild.RebuildProgress;
import id.cerita.search.SearchClientConfiguration.SearchCluster;

/**
 * {@code java -jar cerita.jar --rebuild-search-index}: rebuilds the index from the database (the alias swaps in one
 * step, so a running CMS on the same cluster keeps answering), then exits with 0, or 1 if the rebuild failed.
 */
@Component
class RebuildCommand implements ApplicationRunner {

    static final String OPTION = "rebuild-search-index";
    private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);

    private final IndexRebuild rebuild;
    private final SearchCluster cluster;
    private final SearchProperties properties;
    private final ConfigurableApplicationContext context;

    RebuildCommand(IndexRebuild rebuild, SearchCluster cluster, SearchProperties properties,
            ConfigurableApplicationContext context) {
        this.rebuild = rebuild;
        this.cluster = cluster;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!args.containsOption(OPTION)) {
            return;
        }
        cluster.awaitReady(properties.embedded().startupTimeout());
        RebuildProgress result;
        try {
            result = rebuild.runNow();
            log.info("Rebuilt the search index {}: {} stories", result.index(), result.done());
        } catch (Exception e) {
            log.error("Search index rebuild failed", e);
            result = rebuild.progress();
        }
        int code = result.state() == RebuildProgress.State.DONE ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
