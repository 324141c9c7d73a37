package khabar.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalNerCommandTest {
    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new KhabarCli()).setExecutionExceptionHandler(new ErrorHandler()).execute(args);
            assertThat(code).as("exit code").isZero();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scoresEnglishCoreNlpOnAConll2003FileAndEndsWithOneJsonLine() throws Exception {
        String out = run("eval-ner", "--lang", "en", "--gold", "src/test/resources/ner/en-mini.conll",
                "--format", "conll2003", "--json");
        String[] lines = out.strip().split("\n");
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(json.get("sentences").asInt()).isEqualTo(3);
        assertThat(json.get("tokens").asInt()).isEqualTo(39);
        assertThat(json.at("/micro/f1").asDouble()).isGreaterThan(0.7);
        assertThat(json.get("per_type").has("LOCATION")).isTrue();
        assertThat(json.get("tokens_per_second").asDouble()).isPositive();
        assertThat(out).contains("micro");
    }

    @Test
    void refusesALanguageWithoutNer() {
        int code = new CommandLine(new KhabarCli()).setExecutionExceptionHandler(new ErrorHandler())
                .execute("eval-ner", "--lang", "xx", "--gold", "src/test/resources/ner/en-mini.conll");
        assertThat(code).isEqualTo(ErrorHandler.USER_ERROR);
    }

    @Test
    void anUnknownLanguageIsAUserErrorNamingTheKnownOnes() {
        String err = runFailing("eval-ner", "--lang", "xx", "--gold", "src/test/resources/ner/en-mini.conll");
        assertThat(err).contains("unknown language 'xx'").contains("en, ur");
    }

    @Test
    void trainNerRefusesALanguageKhabarDoesNotTrain() {
        String err = runFailing("train-ner", "--lang", "en", "--train", "src/test/resources/ner/en-mini.conll",
                "--out", "target/never-written.ser.gz");
        assertThat(err).contains("khabar trains NER for ur only");
    }

    @Test
    void trainNerRefusesAFolderAsItsModelFileBeforeTraining() {
        String err = runFailing("train-ner", "--lang", "ur", "--train", "src/test/resources/ner/en-mini.conll",
                "--out", "src/test/resources/ner");
        assertThat(err).contains("--out src/test/resources/ner is a folder");
    }

    @Test
    void englishNerTakesNoModelFile() {
        String err = runFailing("eval-ner", "--lang", "en", "--gold", "src/test/resources/ner/en-mini.conll",
                "--format", "conll2003", "--model", "src/test/resources/ner/en-mini.conll");
        assertThat(err).contains("--model: English NER uses CoreNLP's models");
    }

    @Test
    void aClassBiasReachesTheUrduCrfAndABadOneIsAUserError() throws Exception {
        String gold = "../core/src/test/resources/ner/ur-news-gold.bio";
        JsonNode plain = lastJson(run("eval-ner", "--lang", "ur", "--gold", gold, "--class-bias", "none", "--json",
                "--warmup-passes", "0"));
        // O far below every entity label: the CRF leaves no token outside a name, so precision collapses
        JsonNode noOutside = lastJson(run("eval-ner", "--lang", "ur", "--gold", gold, "--class-bias", "O:-50", "--json",
                "--warmup-passes", "0"));
        assertThat(plain.at("/micro/p").asDouble()).isGreaterThan(0.7);
        assertThat(noOutside.at("/micro/p").asDouble()).isLessThan(plain.at("/micro/p").asDouble() - 0.3);

        assertThat(runFailing("eval-ner", "--lang", "ur", "--gold", gold, "--class-bias", "PERSONS:1"))
                .contains("khabar.nlp.urdu.ner-class-bias").contains("PERSONS");
        assertThat(runFailing("eval-ner", "--lang", "ur", "--gold", gold, "--class-bias", "none",
                "--class-bias", "PERSON:1")).contains("several are for --cv");
    }

    private static JsonNode lastJson(String out) throws Exception {
        String[] lines = out.strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }

    /** Runs a command that must fail as a user error; returns what it printed on stderr. */
    private static String runFailing(String... args) {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new KhabarCli()).setExecutionExceptionHandler(new ErrorHandler())
                .setErr(new PrintWriter(err, true)).execute(args);
        assertThat(code).as("exit code").isEqualTo(ErrorHandler.USER_ERROR);
        return err.toString();
    }
}
