package khabar.jobs.nightly;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;

/** The driver's Hadoop settings carried to executors (Hadoop's Configuration is not Serializable). */
record HadoopConf(Map<String, String> entries) implements Serializable {
    static HadoopConf of(Configuration conf) {
        Map<String, String> m = new HashMap<>();
        conf.forEach(e -> m.put(e.getKey(), e.getValue()));
        return new HadoopConf(m);
    }

    Configuration toConfiguration() {
        Configuration c = new Configuration(false);
        entries.forEach(c::set);
        return c;
    }
}
