package org.pilab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The architecture's rules, built for a root package so that the same rules can be applied both
 * to the product (root {@code org.pilab}) and to deliberately broken fixture classes that prove
 * each rule can fail.
 */
final class LayerRules {

    private final String root;

    LayerRules(String root) {
        this.root = root;
    }

    private String pkg(String layer) {
        return root + "." + layer + "..";
    }

    /** No cycles between the top-level packages (the layers). */
    ArchRule noCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** Each layer uses only the layers below it, as ARCHITECTURE.md orders them. */
    ArchRule layering() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("engine").definedBy(pkg("engine"))
                .layer("sim").definedBy(pkg("sim"))
                .layer("hardware").definedBy(pkg("hardware"))
                .layer("node").definedBy(pkg("node"))
                .layer("slurm").definedBy(pkg("slurm"))
                .layer("jobs").definedBy(pkg("jobs"))
                .layer("lessons").definedBy(pkg("lessons"))
                .layer("realcluster").definedBy(pkg("realcluster"))
                .layer("shell").definedBy(pkg("shell"))
                .layer("tui").definedBy(pkg("tui"))
                .layer("app").definedBy(pkg("app"))
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("shell").mayOnlyBeAccessedByLayers("app")
                .whereLayer("tui").mayOnlyBeAccessedByLayers("shell", "app")
                .whereLayer("realcluster").mayOnlyBeAccessedByLayers("shell", "tui", "app")
                .whereLayer("lessons").mayOnlyBeAccessedByLayers("shell", "tui", "app")
                .whereLayer("jobs").mayOnlyBeAccessedByLayers("lessons", "realcluster", "shell", "tui", "app")
                .whereLayer("slurm").mayOnlyBeAccessedByLayers("lessons", "realcluster", "shell", "tui", "app")
                .whereLayer("node").mayOnlyBeAccessedByLayers("slurm", "lessons", "shell", "tui", "app")
                .whereLayer("hardware").mayOnlyBeAccessedByLayers(
                        "node", "slurm", "lessons", "realcluster", "shell", "tui", "app")
                .whereLayer("sim").mayOnlyBeAccessedByLayers(
                        "hardware", "node", "slurm", "lessons", "shell", "tui", "app");
    }

    /** The engine stands alone: the JDK and commons-math3, no other layer, no other library. */
    ArchRule engineStandsAlone() {
        return noClasses().that().resideInAPackage(pkg("engine"))
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        pkg("engine"), "java..", "org.apache.commons.math3..")
                .because("the engine is the workload everywhere and must carry nothing else");
    }

    ArchRule jlineOnlyInShell() {
        return noClasses().that().resideOutsideOfPackage(pkg("shell"))
                .should().dependOnClassesThat().resideInAPackage("org.jline..")
                .because("one owner of the terminal at a time: JLine lives in the shell layer");
    }

    ArchRule lanternaOnlyInTui() {
        return noClasses().that().resideOutsideOfPackage(pkg("tui"))
                .should().dependOnClassesThat().resideInAPackage("com.googlecode.lanterna..")
                .because("Lanterna lives in the tui layer only");
    }

    ArchRule processesOnlyInRealCluster() {
        return noClasses().that().resideOutsideOfPackage(pkg("realcluster"))
                .should().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
                .orShould().callMethodWhere(callTo(Runtime.class, "exec"))
                .because("only real-cluster mode starts processes, always from argument arrays");
    }

    /** Layers below shell/tui/app return text or take a PrintWriter; they never print. */
    ArchRule noConsoleBelowShell() {
        return noClasses().that().resideInAnyPackage(belowShell())
                .should().accessFieldWhere(consoleStream())
                .orShould().callMethodWhere(callTo(Throwable.class, "printStackTrace"))
                .because("only shell, tui and app own the terminal");
    }

    /** Simulated layers take time from the virtual clock and randomness from seeded streams. */
    ArchRule noWallClockOrUnseededRandom() {
        return noClasses().that().resideInAnyPackage(
                        pkg("engine"), pkg("sim"), pkg("hardware"), pkg("node"), pkg("slurm"))
                .should().callCodeUnitWhere(wallClockOrUnseededRandom())
                .because("the same seed must replay the same run");
    }

    List<ArchRule> all() {
        return List.of(noCycles(), layering(), engineStandsAlone(), jlineOnlyInShell(), lanternaOnlyInTui(),
                processesOnlyInRealCluster(), noConsoleBelowShell(), noWallClockOrUnseededRandom());
    }

    private String[] belowShell() {
        return new String[] {pkg("engine"), pkg("sim"), pkg("hardware"), pkg("node"), pkg("slurm"),
            pkg("jobs"), pkg("lessons"), pkg("realcluster")};
    }

    private static DescribedPredicate<JavaFieldAccess> consoleStream() {
        return new DescribedPredicate<>("System.out or System.err") {
            @Override
            public boolean test(JavaFieldAccess access) {
                return access.getTargetOwner().isEquivalentTo(System.class)
                        && (access.getName().equals("out") || access.getName().equals("err"));
            }
        };
    }

    private static DescribedPredicate<JavaCall<?>> callTo(Class<?> owner, String method) {
        return new DescribedPredicate<>(owner.getSimpleName() + "." + method) {
            @Override
            public boolean test(JavaCall<?> call) {
                return call.getTargetOwner().isAssignableTo(owner) && call.getName().equals(method);
            }
        };
    }

    private static DescribedPredicate<JavaCall<?>> wallClockOrUnseededRandom() {
        return new DescribedPredicate<>("a wall-clock read or an unseeded random source") {
            @Override
            public boolean test(JavaCall<?> call) {
                String owner = call.getTargetOwner().getFullName();
                String name = call.getName();
                boolean noArgs = call.getTarget().getRawParameterTypes().isEmpty();
                return isWallClock(owner, name, noArgs) || isUnseededRandom(owner, name, noArgs);
            }
        };
    }

    private static boolean isWallClock(String owner, String name, boolean noArgs) {
        if (owner.equals("java.lang.System")) {
            return name.equals("currentTimeMillis") || name.equals("nanoTime");
        }
        if (owner.startsWith("java.time.") && name.equals("now")) {
            return true;
        }
        if (owner.equals("java.time.Clock")) {
            return name.startsWith("system");
        }
        return owner.equals("java.util.Date") && name.equals("<init>") && noArgs;
    }

    private static boolean isUnseededRandom(String owner, String name, boolean noArgs) {
        if (owner.equals("java.lang.Math") || owner.equals("java.lang.StrictMath")) {
            return name.equals("random");
        }
        if (owner.equals("java.util.concurrent.ThreadLocalRandom")) {
            return name.equals("current");
        }
        if (owner.equals("java.util.UUID")) {
            return name.equals("randomUUID");
        }
        boolean randomClass = owner.equals("java.util.Random") || owner.equals("java.util.SplittableRandom")
                || owner.equals("java.security.SecureRandom");
        return randomClass && name.equals("<init>") && noArgs;
    }
}
