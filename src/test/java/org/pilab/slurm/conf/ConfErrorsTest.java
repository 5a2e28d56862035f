package org.pilab.slurm.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each slurm.conf error in slurmctld 22.05's words, with its line number. The expected log
 * lines were captured from slurmctld 22.05.8 (Debian 12) started with -D on the same files;
 * lines about the environment (munge, state files) are not part of them.
 */
class ConfErrorsTest {

    private static final String HEAD = String.join("\n",
            "ClusterName=pilab",
            "SlurmctldHost=pi01(10.0.0.11)",
            "SelectType=select/cons_tres",
            "NodeName=pi[01-04] CPUs=4 RealMemory=3794 State=UNKNOWN",
            "PartitionName=main Nodes=ALL Default=YES MaxTime=INFINITE State=UP") + "\n";

    private static ParseResult parse(String text) {
        return SlurmConfParser.parse(text);
    }

    private static Diagnostic onlyError(ParseResult r) {
        List<Diagnostic> errors = r.errors();
        assertEquals(1, errors.size(), () -> "expected one error, got " + r.diagnostics());
        return errors.get(0);
    }

    @Test
    void unknownKeyIsFatalNotAWarning() {
        ParseResult r = parse(HEAD + "FooBarKey=1\n");
        Diagnostic d = onlyError(r);
        assertEquals(6, d.line());
        assertEquals("FooBarKey", d.key());
        assertEquals(List.of(
                "slurmctld: error: _parse_next_key: Parsing error at unrecognized key: FooBarKey",
                "slurmctld: fatal: Unable to process configuration file"), d.slurmctldLines());
        assertEquals(d.slurmctldLines(), r.slurmctldLog());
    }

    @Test
    void misspeltKeyGetsADidYouMeanHint() {
        Diagnostic d = onlyError(parse(HEAD + "SlurmdTimout=10\n"));
        assertTrue(d.hint().contains("did you mean SlurmdTimeout?"), d.hint());
    }

    @Test
    void nodeKeyOnItsOwnLineSaysWhereItBelongs() {
        Diagnostic d = onlyError(parse(HEAD + "RealMemory=3794\n"));
        assertTrue(d.hint().contains("NodeName line"), d.hint());
    }

    @Test
    void badMaxTime() {
        ParseResult r = parse(HEAD + "PartitionName=short Nodes=pi01 MaxTime=ten\n");
        Diagnostic d = onlyError(r);
        assertEquals(6, d.line());
        assertEquals("MaxTime", d.key());
        assertEquals(List.of("slurmctld: error: Bad value \"ten\" for MaxTime",
                "slurmctld: fatal: Unable to process configuration file"), d.slurmctldLines());
    }

    @Test
    void badNumberOnANodeLineQuotesTheRestOfTheLine() {
        String text = HEAD.replace("NodeName=pi[01-04] CPUs=4",
                "NodeName=pi[01-04] CPUs=four Boards=1");
        Diagnostic d = onlyError(parse(text));
        assertEquals(4, d.line());
        assertEquals("CPUs", d.key());
        assertEquals(List.of(
                "slurmctld: error: CPUs value \"four\" is not a valid number",
                "slurmctld: error: Parse error in file /etc/slurm/slurm.conf line 4:"
                        + " \" CPUs=four Boards=1 RealMemory=3794 State=UNKNOWN\"",
                "slurmctld: fatal: Unable to process configuration file"), d.slurmctldLines());
    }

    @Test
    void lineNumbersCountCommentsBlankLinesAndContinuations() {
        String text = "# cluster\n\nClusterName=pilab\nSlurmctldHost=pi01\n"
                + "NodeName=pi01 \\\n  CPUs=4\n"
                + "PartitionName=main Nodes=ALL\n"
                + "# trailing comment\nBogus=1\n";
        Diagnostic d = onlyError(parse(text));
        assertEquals(9, d.line(), "Bogus is on physical line 9; the continued NodeName line is 5");
    }

    @Test
    void duplicatePartitionIsFatal() {
        ParseResult r = parse(HEAD + "PartitionName=short Nodes=pi01\n"
                + "PartitionName=short Nodes=pi02\n");
        Diagnostic d = onlyError(r);
        assertEquals(7, d.line());
        assertEquals(List.of("slurmctld: fatal: _build_single_partitionline_info: duplicate entry"
                + " for partition short"), d.slurmctldLines());
        assertTrue(d.hint().contains("line 6"), d.hint());
    }

    @Test
    void duplicatedNodeName() {
        ParseResult r = parse(HEAD + "NodeName=pi03 CPUs=4\n");
        Diagnostic d = onlyError(r);
        assertEquals(6, d.line());
        assertEquals(List.of("slurmctld: fatal: Duplicated NodeName pi03 in the config file"),
                d.slurmctldLines());
        assertTrue(d.hint().contains("line 4"), d.hint());
    }

    @Test
    void noNodes() {
        String text = "ClusterName=pilab\nSlurmctldHost=pi01\nPartitionName=main Nodes=ALL\n";
        Diagnostic d = onlyError(parse(text));
        assertEquals(List.of("slurmctld: error: read_slurm_conf: no nodes configured.",
                "slurmctld: fatal: read_slurm_conf reading /etc/slurm/slurm.conf: Invalid argument"),
                d.slurmctldLines());
        assertEquals(3, d.line(), "reported at the end of the file, where nodes would go");
    }

    @Test
    void noSlurmctldHost() {
        String text = "ClusterName=pilab\nNodeName=pi01 CPUs=4\n";
        Diagnostic d = onlyError(parse(text));
        assertEquals(List.of("slurmctld: error: No SlurmctldHost defined.",
                "slurmctld: fatal: Unable to process configuration file"), d.slurmctldLines());
        assertEquals(2, d.line());
    }

    @Test
    void twoDefaultPartitionsIsOnlyANotice() {
        ParseResult r = parse(HEAD + "PartitionName=long Nodes=pi[01-02] Default=YES\n");
        assertFalse(r.hasErrors());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(Severity.NOTICE, d.severity());
        assertEquals(6, d.line());
        assertEquals(List.of("slurmctld: _parse_part_spec: changing default partition from main"
                + " to long"), d.slurmctldLines());
        assertEquals("long", r.config().defaultPartition().orElseThrow().name());
    }

    @Test
    void twoSettingsOnOneGlobalLineIsAParseError() {
        Diagnostic d = onlyError(parse(HEAD + "SlurmdTimeout=10 ReturnToService=2\n"));
        assertEquals(6, d.line());
        assertEquals("slurmctld: error: Parse error in file /etc/slurm/slurm.conf line 6:"
                + " \" ReturnToService=2\"", d.slurmctldLines().get(0));
    }

    @Test
    void lineWithoutEqualsSign() {
        Diagnostic d = onlyError(parse(HEAD + "ClusterName pilab\n"));
        assertEquals("slurmctld: error: Parse error in file /etc/slurm/slurm.conf line 6:"
                + " \"ClusterName pilab\"", d.slurmctldLines().get(0));
    }

    @Test
    void unknownKeyOnANodeLine() {
        String text = HEAD.replace("RealMemory=3794", "RealMem=3794");
        Diagnostic d = onlyError(parse(text));
        assertEquals(4, d.line());
        assertEquals(List.of("slurmctld: error: Parsing error at unrecognized key: RealMem",
                "slurmctld: error: Parse error in file /etc/slurm/slurm.conf line 4:"
                        + " \" RealMem=3794 State=UNKNOWN\"",
                "slurmctld: fatal: Unable to process configuration file"), d.slurmctldLines());
        assertTrue(d.hint().contains("did you mean RealMemory?"), d.hint());
    }

    @Test
    void partitionWithAnUndefinedNode() {
        ParseResult r = parse(HEAD + "PartitionName=gpu Nodes=pi[04-05]\n");
        Diagnostic d = onlyError(r);
        assertEquals(6, d.line());
        assertEquals(List.of("slurmctld: error: _find_node_record: lookup failure for node \"pi05\"",
                "slurmctld: build_part_bitmap: invalid node name pi05 in partition",
                "slurmctld: fatal: Invalid node names in partition gpu"), d.slurmctldLines());
    }

    @Test
    void badStateAndOverSubscribeOnPartitions() {
        assertEquals(List.of("slurmctld: error: Bad value \"SIDEWAYS\" for State",
                "slurmctld: fatal: Unable to process configuration file"),
                onlyError(parse(HEAD + "PartitionName=x Nodes=pi01 State=SIDEWAYS\n"))
                        .slurmctldLines());
        assertEquals("slurmctld: error: Bad value \"MAYBE\" for OverSubscribe",
                onlyError(parse(HEAD + "PartitionName=x Nodes=pi01 OverSubscribe=MAYBE\n"))
                        .slurmctldLines().get(0));
    }

    @Test
    void badBooleanAndNegativeNumbers() {
        assertEquals("slurmctld: error: \"maybe\" is not a valid option for \"Default\"",
                onlyError(parse(HEAD + "PartitionName=x Nodes=pi01 Default=maybe\n"))
                        .slurmctldLines().get(0));
        assertEquals("slurmctld: error: SlurmdTimeout value (-5) is less than zero",
                onlyError(parse(HEAD + "SlurmdTimeout=-5\n")).slurmctldLines().get(0));
        assertEquals("slurmctld: error: RealMemory value (99999999999999999999999) is out of range",
                onlyError(parse(HEAD + "NodeName=pi09 RealMemory=99999999999999999999999\n"))
                        .slurmctldLines().get(0));
        assertEquals("slurmctld: error: CPUs value (70000) is greater than 65535",
                onlyError(parse(HEAD + "NodeName=pi09 CPUs=70000\n")).slurmctldLines().get(0));
    }

    @Test
    void severalParseErrorsAreAllReportedThenOneFatal() {
        ParseResult r = parse(HEAD + "Foo=1\nBar=2\n");
        assertEquals(2, r.errors().size());
        assertEquals(List.of(
                "slurmctld: error: _parse_next_key: Parsing error at unrecognized key: Foo",
                "slurmctld: error: _parse_next_key: Parsing error at unrecognized key: Bar",
                "slurmctld: fatal: Unable to process configuration file"), r.slurmctldLog());
        assertEquals(6, r.errors().get(0).line());
        assertEquals(7, r.errors().get(1).line());
    }

    @Test
    void orThrowCarriesLineKeyLogAndHint() {
        ConfParseException e = assertThrows(ConfParseException.class,
                () -> SlurmConfParser.parseOrThrow(HEAD + "FooBarKey=1\n"));
        assertEquals(6, e.line());
        assertEquals("FooBarKey", e.key());
        assertFalse(e.hint().isBlank());
        assertTrue(e.getMessage().contains("line 6"), e.getMessage());
        assertTrue(e.getMessage().contains("Parsing error at unrecognized key: FooBarKey"));
    }

    @Test
    void slurmdReportsTheSameProblemUnderItsOwnName() {
        ParseResult r = parse(HEAD + "FooBarKey=1\n");
        assertEquals("slurmd: error: _parse_next_key: Parsing error at unrecognized key:"
                + " FooBarKey", r.log("slurmd").get(0));
    }

    @Test
    void defunctOptionIsAnErrorLineButNotFatal() {
        ParseResult r = parse(HEAD + "SchedulerAuth=none\n");
        assertFalse(r.hasErrors());
        assertEquals(List.of("slurmctld: error: The option \"SchedulerAuth\" is defunct, see man"
                + " slurm.conf."), r.diagnostics().get(0).slurmctldLines());
    }

    @Test
    void globalValueChecks() {
        assertEquals("slurmctld: error: Bad value \"soon\" for PriorityDecayHalfLife",
                onlyError(parse(HEAD + "PriorityDecayHalfLife=soon\n")).slurmctldLines().get(0));
        assertEquals(List.of("slurmctld: error: Bad EnforcePartLimits: SOMETIMES", "",
                "slurmctld: error: Bad EnforcePartLimits: SOMETIMES",
                "slurmctld: fatal: Unable to process configuration file"),
                onlyError(parse(HEAD + "EnforcePartLimits=SOMETIMES\n")).slurmctldLines());
        assertEquals(List.of("slurmctld: error: Bad SelectTypeParameter: CR_Cores",
                "slurmctld: error: Bad SelectTypeParameter: CR_Cores",
                "slurmctld: fatal: Unable to process configuration file"),
                onlyError(parse(HEAD + "SelectTypeParameters=CR_Cores\nDefMemPerCPU=1\n"))
                        .slurmctldLines());
    }

    @Test
    void badSchedulerParameterIsReportedAndDefaulted() {
        ParseResult r = parse(HEAD + "SchedulerParameters=bf_interval=abc,bf_continue\n");
        assertFalse(r.hasErrors());
        assertEquals(Severity.WARNING, r.diagnostics().get(0).severity());
        assertEquals(30, r.config().schedulerParameters().bfIntervalSeconds());
        assertTrue(r.config().schedulerParameters().others().containsKey("bf_continue"));
    }

    @Test
    void memoryGotchaIsWarnedWithoutSlurmctldLines() {
        ParseResult r = parse(HEAD + "SelectTypeParameters=CR_Core_Memory\n");
        assertFalse(r.hasErrors());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("DefMemPerCPU", d.key());
        assertEquals(List.of(), d.slurmctldLines());
        assertEquals(6, d.line());
    }

    @Test
    void defaultNodeLineMayNotCarryAnAddress() {
        Diagnostic d = onlyError(parse(HEAD + "NodeName=DEFAULT NodeAddr=10.0.0.1\n"));
        assertEquals("slurmctld: error: NodeAddr not allowed with NodeName=DEFAULT",
                d.slurmctldLines().get(0));
    }

    @Test
    void nodeAddrCountMustMatchNodeNames() {
        Diagnostic d = onlyError(parse(HEAD + "NodeName=pi[05-07] NodeAddr=10.0.0.[15-16]\n"));
        assertEquals(6, d.line());
        assertEquals(List.of("slurmctld: fatal: NodeAddr count must equal that of NodeName"
                + " records of there must be no more than one"), d.slurmctldLines());
    }

    @Test
    void badHostList() {
        ParseResult r = parse(HEAD + "NodeName=pi[05-07 CPUs=4\n");
        Diagnostic d = onlyError(r);
        assertEquals(6, d.line());
        assertEquals("NodeName", d.key());
        List<String> log = r.slurmctldLog();
        assertEquals(2, log.size(), log::toString);
        assertTrue(log.get(0).startsWith("slurmctld: error: Parse error in file /etc/slurm/slurm.conf"
                + " line 6: NodeName=pi[05-07: unmatched '['"), log.get(0));
        assertEquals("slurmctld: fatal: Unable to create NodeName list from pi[05-07", log.get(1));
    }

    @Test
    void badPartitionHostListNamesThePartition() {
        String text = HEAD.replace("Nodes=ALL", "Nodes=pi[01-04");
        ParseResult r = parse(text);
        Diagnostic d = onlyError(r);
        assertEquals(5, d.line());
        assertEquals("Nodes", d.key());
        assertEquals(List.of("slurmctld: error: Parse error in file /etc/slurm/slurm.conf line 5:"
                + " Nodes=pi[01-04: " + d.hint(),
                "slurmctld: fatal: Invalid node names in partition main"), r.slurmctldLog());
        assertEquals("sinfo: fatal: Invalid node names in partition main", r.log("sinfo").get(1));
    }

    @Test
    void badNodeAddrListNamesTheKey() {
        ParseResult r = parse(HEAD + "NodeName=pi05 NodeAddr=10.0.0.[15\n");
        assertEquals("slurmctld: fatal: Unable to create NodeAddr list from 10.0.0.[15",
                r.slurmctldLog().get(r.slurmctldLog().size() - 1));
    }

    @Test
    void everyRefusalEndsWithAFatalLine() {
        String[] broken = {"FooBarKey=1", "NodeName=pi[05-07 CPUs=4", "NodeName=ALL CPUs=4",
            "NodeName=DEFAULT NodeAddr=10.0.0.9", "NodeName=pi05 Foo=1", "NodeName=pi05 CPUs=x",
            "PartitionName=p Nodes=pi0]1", "PartitionName=p MaxTime=ten", "PartitionName=p State=SOMETIMES",
            "PartitionName=p OverSubscribe=MAYBE", "SlurmctldHost=pi01(", "SlurmdTimeout=abc",
            "EnforcePartLimits=MAYBE", "SelectTypeParameters=CR_Nothing", "PriorityMaxAge=soon",
            "NodeName=pi01 CPUs=4", "PartitionName=main Nodes=ALL", "PartitionName=q Nodes=pi09",
            "NodeName=pi[05-07] NodeAddr=10.0.0.[15-16]", "Include a b", "ClusterName=a b"};
        for (String line : broken) {
            ParseResult r = parse(HEAD + line + "\n");
            assertTrue(r.hasErrors(), line);
            List<String> log = r.log("sinfo");
            assertTrue(log.get(log.size() - 1).startsWith("sinfo: fatal: "), line + " -> " + log);
        }
    }

    @Test
    void anErrorWithoutAFatalLineCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new Diagnostic(Severity.ERROR,
                "/etc/slurm/slurm.conf", 3, "NodeName", List.of(), "fix it"));
    }

    @Test
    void outputStopsAtTheFirstFatalLine() {
        ParseResult r = parse(HEAD + "NodeName=ALL CPUs=4\nFooBarKey=1\n");
        assertEquals(List.of("slurmctld: fatal: 'ALL' is a reserved word disallowed for use with NodeName"),
                r.slurmctldLog());
    }

    @Test
    void backupControllersAndAMalformedController() {
        SlurmConfig c = SlurmConfParser.parseOrThrow(HEAD + "SlurmctldHost=pi02\n");
        assertEquals(List.of(new ControllerHost("pi01", "10.0.0.11"),
                new ControllerHost("pi02", null)), c.controllers());
        Diagnostic d = onlyError(parse(HEAD + "SlurmctldHost=pi03(10.0.0.13\n"));
        assertEquals(6, d.line());
        assertEquals("SlurmctldHost", d.key());
    }

    @Test
    void badGlobalNumberHasNoParseErrorLine() {
        Diagnostic d = onlyError(parse(HEAD + "SlurmdTimeout=abc\n"));
        assertEquals(6, d.line());
        assertEquals(List.of("slurmctld: error: SlurmdTimeout value \"abc\" is not a valid number",
                "slurmctld: fatal: Unable to process configuration file"), d.slurmctldLines());
    }

    @Test
    void malformedControllerLines() {
        String text = HEAD.replace("SlurmctldHost=pi01(10.0.0.11)", "SlurmctldHost=pi01(10.0.0.11");
        Diagnostic d = onlyError(parse(text));
        assertEquals(2, d.line());
        assertEquals(List.of("slurmctld: error: Bad value \"pi01(10.0.0.11\" for SlurmctldHost",
                "slurmctld: error: No SlurmctldHost defined.",
                "slurmctld: fatal: Unable to process configuration file"), d.slurmctldLines());
    }

    @Test
    void nodeNameAllIsReserved() {
        assertEquals(List.of("slurmctld: fatal: 'ALL' is a reserved word disallowed for use with"
                + " NodeName"), onlyError(parse(HEAD + "NodeName=ALL CPUs=4\n")).slurmctldLines());
    }

    @Test
    void cpusMatchingNoTopologyIsResetWithAnErrorPrintedTwice() {
        ParseResult r = parse(HEAD + "NodeName=pi05 CPUs=3 CoresPerSocket=4\n");
        assertFalse(r.hasErrors());
        String line = "slurmctld: error: NodeNames=pi05 CPUs=3 match no Sockets,"
                + " Sockets*CoresPerSocket or Sockets*CoresPerSocket*ThreadsPerCore. Resetting CPUs.";
        assertEquals(List.of(line, line), r.diagnostics().get(0).slurmctldLines());
        assertEquals(6, r.diagnostics().get(0).line());
    }
}
