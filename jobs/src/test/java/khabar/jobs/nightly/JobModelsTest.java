package khabar.jobs.nightly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import khabar.core.lang.Analyzers;
import khabar.jobs.config.ConfigLoader;
import khabar.jobs.config.KhabarConfig;
import org.junit.jupiter.api.Test;

class JobModelsTest {

    private static KhabarConfig withMaster(String master) {
        return ConfigLoader.load(null, Map.of("khabar.spark.master", master));
    }

    @Test
    void executorsInOtherJvmsGetNoWarmUpInTheDriver() {
        assertNull(JobModels.warmUpIfLocal(withMaster("spark://127.0.0.1:7077")));
    }

    @Test
    void aLocalMasterLoadsTheModelsTheTasksThenFindLoaded() throws InterruptedException {
        KhabarConfig config = withMaster("local[1]");
        Thread loader = JobModels.warmUpIfLocal(config);
        assertNotNull(loader);
        assertTrue(loader.isDaemon(), "must not keep a finished job's JVM alive");
        loader.join(300_000);
        assertFalse(loader.isAlive(), "models not loaded within 5 minutes");
        // a task's settings arrive as a copy (serialized): it finds the analyser the thread loaded by value
        assertSame(Analyzers.forLanguage("ur", config.nlp()), Analyzers.forLanguage("ur", withMaster("local[1]").nlp()));
        assertSame(Analyzers.forLanguage("en", config.nlp()), Analyzers.forLanguage("en", withMaster("local[1]").nlp()));
    }
}
