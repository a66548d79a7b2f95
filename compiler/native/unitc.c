// aithon-unitc: compiles many function units in one process.
//
//   aithon-unitc opt|codegen|both < units > outputs
//
// stdin holds the units, each as an 8-byte little-endian length and that
// many bytes (LLVM text for `opt` and `both`, bitcode for `codegen`); stdout
// gets, per unit in order, the optimised bitcode (`opt`, `both`) and the
// object file (`codegen`, `both`), each as an 8-byte length and its bytes
// (length 0 for an output the step does not make).
//
// Why not clang: the clang driver starts a compiler job per input file, and
// each job costs ~30 ms before it compiles anything, so a cold build of 2,000
// small units spent a minute starting jobs. Here libLLVM is loaded once and
// each unit costs only its own parse, optimisation (default<O1>, as clang
// -O1) and code generation. Units travel through pipes, not files: creating
// thousands of files cost more than compiling them.
//
// On the first failure the tool prints `unit N: <message>` on stderr and
// exits 1.
#define _POSIX_C_SOURCE 200809L // strdup
#include <llvm-c/BitReader.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Core.h>
#include <llvm-c/IRReader.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum step { STEP_OPT = 1, STEP_CODEGEN = 2, STEP_BOTH = 3 };

static int fail(long unit, const char *what, char *message) {
  fprintf(stderr, "unit %ld: %s%s%s\n", unit, what, message ? ": " : "", message ? message : "");
  if (message) LLVMDisposeMessage(message);
  return 1;
}

static int read_exact(void *buf, size_t n) {
  return fread(buf, 1, n, stdin) == n;
}

static void write_output(const char *data, uint64_t len) {
  unsigned char header[8];
  for (int i = 0; i < 8; i++) header[i] = (unsigned char)(len >> (8 * i));
  if (fwrite(header, 1, 8, stdout) != 8 || (len && fwrite(data, 1, len, stdout) != len)) {
    fprintf(stderr, "aithon-unitc: cannot write the output\n");
    exit(1);
  }
}

static void write_buffer(LLVMMemoryBufferRef buf) {
  write_output(LLVMGetBufferStart(buf), LLVMGetBufferSize(buf));
  LLVMDisposeMemoryBuffer(buf);
}

/** One target machine for the whole run: every unit of a build has the same triple. */
static LLVMTargetMachineRef cached_machine;
static char *cached_triple;

static LLVMTargetMachineRef machine_for(LLVMModuleRef module, long unit) {
  const char *triple = LLVMGetTarget(module);
  if (cached_machine && triple && strcmp(triple, cached_triple) == 0) return cached_machine;
  char *default_triple = NULL;
  if (!triple || !*triple) triple = default_triple = LLVMGetDefaultTargetTriple();
  LLVMTargetRef target;
  char *message = NULL;
  if (LLVMGetTargetFromTriple(triple, &target, &message)) {
    fail(unit, "unknown target", message);
    if (default_triple) LLVMDisposeMessage(default_triple);
    return NULL;
  }
  // The CPU and features come from each function's attributes (the emitter
  // copies the runtime's), so the machine itself stays generic.
  LLVMTargetMachineRef tm =
      LLVMCreateTargetMachine(target, triple, "generic", "", LLVMCodeGenLevelLess, LLVMRelocPIC, LLVMCodeModelDefault);
  if (cached_machine) LLVMDisposeTargetMachine(cached_machine);
  free(cached_triple);
  cached_machine = tm;
  cached_triple = strdup(triple);
  if (default_triple) LLVMDisposeMessage(default_triple);
  return tm;
}

static int compile_unit(long unit, const char *data, size_t len, enum step step) {
  LLVMContextRef ctx = LLVMContextCreate();
  int status = 1;
  LLVMModuleRef module = NULL;
  char *message = NULL;
  // The parsers need a NUL after the data; the range below includes it.
  LLVMMemoryBufferRef input = LLVMCreateMemoryBufferWithMemoryRange(data, len, "unit", 1);
  if (step == STEP_CODEGEN) {
    if (LLVMParseBitcodeInContext2(ctx, input, &module)) {
      fail(unit, "invalid bitcode", NULL);
      module = NULL;
    }
    LLVMDisposeMemoryBuffer(input);
  } else if (LLVMParseIRInContext(ctx, input, &module, &message)) { // takes the buffer
    fail(unit, "invalid LLVM IR", message);
    module = NULL;
  }
  LLVMTargetMachineRef tm = module ? machine_for(module, unit) : NULL;
  if (!tm) goto done;
  if (step & STEP_OPT) {
    LLVMPassBuilderOptionsRef options = LLVMCreatePassBuilderOptions();
    LLVMErrorRef err = LLVMRunPasses(module, "default<O1>", tm, options);
    LLVMDisposePassBuilderOptions(options);
    if (err) {
      fail(unit, "optimisation failed", LLVMGetErrorMessage(err));
      goto done;
    }
    write_buffer(LLVMWriteBitcodeToMemoryBuffer(module));
  } else {
    write_output(NULL, 0);
  }
  if (step & STEP_CODEGEN) {
    LLVMMemoryBufferRef obj;
    if (LLVMTargetMachineEmitToMemoryBuffer(tm, module, LLVMObjectFile, &message, &obj)) {
      fail(unit, "code generation failed", message);
      goto done;
    }
    write_buffer(obj);
  } else {
    write_output(NULL, 0);
  }
  status = 0;
done:
  if (module) LLVMDisposeModule(module);
  LLVMContextDispose(ctx);
  return status;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: aithon-unitc opt|codegen|both < units > outputs\n");
    return 2;
  }
  enum step step;
  if (strcmp(argv[1], "opt") == 0) step = STEP_OPT;
  else if (strcmp(argv[1], "codegen") == 0) step = STEP_CODEGEN;
  else if (strcmp(argv[1], "both") == 0) step = STEP_BOTH;
  else {
    fprintf(stderr, "aithon-unitc: unknown step '%s' (opt, codegen or both)\n", argv[1]);
    return 2;
  }
  LLVMInitializeNativeTarget();
  LLVMInitializeNativeAsmPrinter();
  for (long unit = 0;; unit++) {
    unsigned char header[8];
    size_t got = fread(header, 1, 8, stdin);
    if (got == 0 && feof(stdin)) break;
    if (got != 8) return fail(unit, "truncated input", NULL);
    uint64_t len = 0;
    for (int i = 0; i < 8; i++) len |= (uint64_t)header[i] << (8 * i);
    char *data = malloc(len + 1);
    if (!data) return fail(unit, "out of memory", NULL);
    if (!read_exact(data, len)) return fail(unit, "truncated input", NULL);
    data[len] = 0;
    int bad = compile_unit(unit, data, (size_t)len, step);
    free(data);
    if (bad) return 1;
  }
  return fflush(stdout) == 0 ? 0 : 1;
}
