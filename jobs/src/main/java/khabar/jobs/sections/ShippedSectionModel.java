package khabar.jobs.sections;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

import org.apache.spark.ml.PipelineModel;

/**
 * Loads a section model once per driver JVM: the one the jobs jar carries ({@link Sections#MODEL_RESOURCE},
 * copied out of the jar to a temporary folder first, since Spark reads a model from a file system), or one
 * written by {@code khabar train-sections} (evaluation, tests). Spark ML's reader needs the SparkSession and reads
 * with tasks, so the nightly job does not use it: it classifies with {@link #scorer()}, the same fitted stages
 * serialized beside the model, read from the jar once per executor JVM.
 */
public final class ShippedSectionModel {
    private static final ConcurrentMap<String, PipelineModel> LOADED = new ConcurrentHashMap<>();

    private ShippedSectionModel() {
    }

    private static final class ScorerHolder {
        static final SectionScorer INSTANCE = loadScorer();
    }

    /**
     * The jar's model as a {@link SectionScorer}, read from the class path once per JVM (driver or executor) with no
     * Spark involved: what the nightly job classifies with, on any cluster.
     */
    public static SectionScorer scorer() {
        return ScorerHolder.INSTANCE;
    }

    private static SectionScorer loadScorer() {
        String resource = Sections.MODEL_RESOURCE + "/" + Sections.SCORER;
        try (InputStream in = ShippedSectionModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no section scorer in the jobs jar (" + resource
                        + "): run bin/khabar train-sections (docs/themes-tone.md, Sections)");
            }
            return SectionScorer.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the section scorer " + resource, e);
        }
    }

    /** The model the jar carries. */
    public static PipelineModel get() {
        return LOADED.computeIfAbsent("classpath:" + Sections.MODEL_RESOURCE, k -> PipelineModel.load(extract().toUri().toString()));
    }

    /** The model written to {@code dir} (a folder or URI Spark can read). */
    public static PipelineModel at(String dir) {
        return LOADED.computeIfAbsent(dir, PipelineModel::load);
    }

    /** Lists the files of a model folder in {@link Sections#FILES}, so the jar's copy can be extracted. */
    public static void writeFileList(Path modelDir) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(modelDir)) {
            all.filter(Files::isRegularFile).map(p -> modelDir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(Sections.FILES) && !p.endsWith(".crc") && !p.endsWith("_SUCCESS"))
                    .sorted().forEach(files::add);
        }
        Files.write(modelDir.resolve(Sections.FILES), files, StandardCharsets.UTF_8);
    }

    private static Path extract() {
        ClassLoader loader = ShippedSectionModel.class.getClassLoader();
        String base = Sections.MODEL_RESOURCE + "/";
        try (InputStream list = loader.getResourceAsStream(base + Sections.FILES)) {
            if (list == null) {
                throw new IllegalStateException("no section model in the jobs jar (" + base + Sections.FILES
                        + "): run bin/khabar train-sections (docs/themes-tone.md, Sections)");
            }
            Path dir = Files.createTempDirectory("khabar-sections-");
            dir.toFile().deleteOnExit();
            for (String file : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (file.isBlank()) {
                    continue;
                }
                Path target = dir.resolve(file.strip());
                Files.createDirectories(target.getParent());
                try (InputStream in = loader.getResourceAsStream(base + file.strip())) {
                    if (in == null) {
                        throw new IllegalStateException("section model file missing from the jobs jar: " + base + file);
                    }
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                target.toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("extracting the section model", e);
        }
    }
}
