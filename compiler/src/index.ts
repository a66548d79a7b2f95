// Public API of the AIthon compiler, used by the CLI, the Nx executors and tests.
export { build, check, stageNames, type BuildMode, type BuildOptions, type BuildResult, type StageTiming } from './pipeline';
export { formatDiagnostic, diagnosticToJson, CompileError, type Diagnostic } from './diagnostics';
export { toolchainFingerprint, findTool, ToolchainError } from './toolchain';
export { runStageTask, stageTaskNames, type StageTaskName, type StageTaskOptions, type StageTaskResult } from './stage-tasks';

/** Closes what builds keep open between calls (the shared store's connection, the worker threads). */
export async function closeBuildResources(): Promise<void> {
  const [{ closeUnitStore }, { closeUnitPool }] = await Promise.all([import('./unit-store'), import('./units')]);
  await closeUnitStore();
  await closeUnitPool();
}
