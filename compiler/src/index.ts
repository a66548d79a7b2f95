// Public API of the AIthon compiler, used by the CLI, the Nx executors and tests.
export { build, check, stageNames, type BuildMode, type BuildOptions, type BuildResult, type StageTiming } from './pipeline';
export { formatDiagnostic, diagnosticToJson, CompileError, type Diagnostic } from './diagnostics';
export { toolchainFingerprint, findTool, ToolchainError } from './toolchain';
