package khabar.jobs.cli;

import khabar.jobs.KhabarVersion;
import picocli.CommandLine;

/** {@code khabar --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        KhabarVersion v = KhabarVersion.current();
        return new String[] {"khabar " + v.pipeline() + " (Spark " + v.spark() + ", CoreNLP " + v.corenlp() + ")"};
    }
}
