package khabar.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalToneCommandTest {
    private static int run(StringBuilder out, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            return new CommandLine(new KhabarCli()).setExecutionExceptionHandler(new ErrorHandler()).execute(args);
        } finally {
            System.setOut(old);
            out.append(bytes.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void scoresTheLabelsOfAGoldFileAndEndsWithOneJsonLine() throws Exception {
        StringBuilder out = new StringBuilder();
        assertThat(run(out, "eval-tone", "--lang", "en", "--gold", "src/test/resources/tone/en-mini.tsv", "--json")).isZero();
        String[] lines = out.toString().strip().split("\n");
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(json.get("items").asInt()).isEqualTo(4);
        assertThat(json.get("accuracy").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("macro_f1").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("per_label").has("negative")).isTrue();
        assertThat(json.at("/per_label/negative/support").asInt()).isEqualTo(2);
        assertThat(json.get("items_per_second").asDouble()).isPositive();
        assertThat(out.toString()).contains("macro-F1");
    }

    @Test
    void aLanguageWithoutLexiconsIsAUserError() {
        assertThat(run(new StringBuilder(), "eval-tone", "--lang", "de", "--gold", "src/test/resources/tone/en-mini.tsv"))
                .isEqualTo(ErrorHandler.USER_ERROR);
    }
}
