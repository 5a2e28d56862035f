package org.pilab.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class ShellScriptsTest {

    private Session pi01;

    @BeforeEach
    void setUp() {
        Lab lab = Scenarios.networked(13L);
        pi01 = lab.host("pi01").orElseThrow().login("pi");
        pi01.run("printf '#!/bin/bash\\n# a comment\\necho \"Hello from $(hostname)\"\\ncd /tmp\\nGREETING=hi\\npwd\\n' > hello.sh");
    }

    @Test
    void bashRunsAScriptFileWithoutTheExecuteBitInAChildShell() {
        assertEquals("-rw-r--r--", pi01.run("ls -l hello.sh").output().substring(0, 10));
        ShellResult r = pi01.run("bash hello.sh");
        assertEquals("Hello from pi01\n/tmp\n", r.output());
        assertEquals(0, r.status());
        assertEquals("/home/pi\n", pi01.run("pwd").output(), "the script's cd stays in the script");
        assertEquals("\n", pi01.run("echo $GREETING").output());
        assertEquals("Hello from pi01\n/tmp\n", pi01.run("sh hello.sh").output());
    }

    @Test
    void sourceRunsItInTheCallersShell() {
        pi01.run("source hello.sh");
        assertEquals("/tmp\n", pi01.run("pwd").output());
        assertEquals("hi\n", pi01.run("echo $GREETING").output());
    }

    @Test
    void argumentsExitAndStatus() {
        pi01.run("printf 'echo \"$# args: $1 $2\"\\nexit 3\\necho never\\n' > args.sh");
        ShellResult r = pi01.run("bash args.sh one two");
        assertEquals("2 args: one two\n", r.output());
        assertEquals(3, r.status());
        assertEquals("pi@pi01:~ $ ", pi01.prompt(), "exit in a script does not end the login shell");
    }

    @Test
    void dashCRunsACommandString() {
        assertEquals("pi01\n/\n", pi01.run("bash -c 'hostname; cd /; pwd'").output());
        assertEquals("/home/pi\n", pi01.run("pwd").output());
        assertEquals("x\n", pi01.run("echo 'echo x' | bash").output());
    }

    @Test
    void errorsNameTheScriptAndLineLikeBash() {
        pi01.run("printf 'echo one\\nnosuchcmd\\n' > bad.sh");
        ShellResult r = pi01.run("bash bad.sh");
        assertEquals("one\nbad.sh: line 2: nosuchcmd: command not found\n", r.output());
        assertEquals(127, r.status());
        ShellResult missing = pi01.run("bash nosuch.sh");
        assertEquals("bash: nosuch.sh: No such file or directory\n", missing.output());
        assertEquals(127, missing.status());
        assertEquals("sh: 0: cannot open nosuch.sh: No such file\n", pi01.run("sh nosuch.sh").output());
        assertEquals(2, pi01.run("sh nosuch.sh").status());
    }

    @Test
    void aScriptMadeExecutableRunsByPathToo() {
        pi01.run("chmod +x hello.sh");
        assertEquals("Hello from pi01\n/tmp\n", pi01.run("./hello.sh").output());
        assertEquals("/home/pi\n", pi01.run("pwd").output());
    }

    @Test
    void bashAtThePromptOpensANestedShellThatExitSays() {
        pi01.run("cd /tmp; X=kept");
        Session nested = pi01.run("bash").entered().orElseThrow();
        assertEquals("/tmp\n", nested.run("pwd").output());
        assertEquals("kept\n", nested.run("echo $X").output());
        ShellResult bye = nested.run("exit");
        assertEquals("exit\n", bye.output());
        assertTrue(bye.exited());
        assertEquals("/tmp\n", pi01.run("pwd").output(), "back in the shell that started it");
    }
}
