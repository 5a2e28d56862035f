/**
 * The cluster planner behind {@code pilab plan} and the hardware guide's generated tables.
 *
 * <p>{@link org.pilab.hardware.plan.ClusterPlanner} turns a {@link org.pilab.hardware.plan.PlanRequest}
 * into a {@link org.pilab.hardware.plan.ClusterPlan}: bill of materials, power and yearly energy,
 * the thermal verdict for sustained load and, for a sweep, its estimated time on the cluster and
 * on this machine. It reads hardware only through {@link org.pilab.hardware.plan.PlannerCatalogue};
 * {@link org.pilab.hardware.plan.CatalogueView} backs that with the project's one catalogue file,
 * so the planner, the simulator and the guide never disagree. {@link org.pilab.hardware.plan.GuideTables}
 * writes the guide's tables from the same view and {@link org.pilab.hardware.plan.GuideUpdater}
 * keeps the Markdown in step.</p>
 *
 * <p>Everything here is arithmetic on catalogue figures and virtual time: no wall clock, no
 * console output. Results are returned as text or written atomically.</p>
 */
package org.pilab.hardware.plan;
