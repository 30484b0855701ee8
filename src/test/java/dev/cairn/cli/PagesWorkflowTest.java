package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The GitHub Pages workflow of {@code new site --github-pages}, read as GitHub reads it. */
class PagesWorkflowTest {

  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String text) {
    return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
    Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
    return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get(job)).get("steps");
  }

  static List<String> uses(List<Map<String, Object>> steps) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> step : steps) {
      if (step.get("uses") instanceof String u) out.add(u.substring(0, u.indexOf('@')));
    }
    return out;
  }

  @Test
  void buildsWithCairnAndDeploysWithTheOfficialPagesActions() {
    checkWorkflow(PagesWorkflow.text());
  }

  @SuppressWarnings("unchecked")
  static void checkWorkflow(String text) {
    Map<String, Object> wf = parse(text);
    Map<String, Object> permissions = (Map<String, Object>) wf.get("permissions");
    assertEquals("write", permissions.get("pages"));
    assertEquals("write", permissions.get("id-token"));

    List<Map<String, Object>> build = steps(wf, "build");
    List<String> buildActions = uses(build);
    assertTrue(buildActions.contains("actions/configure-pages"), buildActions.toString());
    assertTrue(buildActions.contains("actions/upload-pages-artifact"), buildActions.toString());
    assertTrue(buildActions.contains("actions/setup-java"), buildActions.toString());
    assertTrue(uses(steps(wf, "deploy")).contains("actions/deploy-pages"));

    Map<String, Object> configure =
        build.stream().filter(s -> "pages".equals(s.get("id"))).findFirst().orElseThrow();
    assertTrue(((String) configure.get("uses")).startsWith("actions/configure-pages@"));
    String run =
        build.stream()
            .map(s -> (String) s.get("run"))
            .filter(r -> r != null && r.contains("cairn"))
            .findFirst()
            .orElseThrow();
    assertTrue(run.contains("java -jar " + PagesWorkflow.JAR + " build"), run);
    assertTrue(run.contains("--base-url \"${{ steps.pages.outputs.base_url }}/\""), run);
    // configure-pages runs before the build that needs its output, upload after it
    assertTrue(
        build.indexOf(configure) < build.stream().map(s -> s.get("run")).toList().indexOf(run));
    Map<String, Object> upload =
        build.stream()
            .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@"))
            .findFirst()
            .orElseThrow();
    assertEquals("site", ((Map<String, Object>) upload.get("with")).get("path"));
  }
}
