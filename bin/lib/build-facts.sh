# Sourced by bin/ scripts: facts of the build (the version, the JVM flags Spark needs), which Maven writes
# to jobs/target/build-facts.properties from the parent pom (their one place). Needs ROOT.
KHABAR_BUILD_FACTS="$ROOT/jobs/target/build-facts.properties"

# build_fact KEY: the value of KEY (empty when the build has not written the file yet)
build_fact() {
  [[ -f "$KHABAR_BUILD_FACTS" ]] || return 0
  sed -n "s/^$1=//p" "$KHABAR_BUILD_FACTS"
}

# app_jar: the shaded jobs jar of the version built
app_jar() {
  printf '%s\n' "$ROOT/jobs/target/khabar-jobs-$(build_fact version)-app.jar"
}
