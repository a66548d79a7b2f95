// Stage 1d: `@functools.cached_property` becomes a property that caches in an attribute.
//
//   @cached_property                 @property
//   def total(self):        ->       def total(self):
//       return sum(...)                  try: return self._aithon_cached_total
//                                        except AttributeError: pass
//                                        value = self._aithon_compute_total(); self._aithon_cached_total = value; return value
//                                    def _aithon_compute_total(self): return sum(...)
//
// CPython keeps the value in the instance's __dict__ under the property's own name; here it
// lives in another attribute, so only reading is the same (assigning or deleting the name is not).
import type * as S from './syntax';
import { sourceMentions, walkNodes } from './syntax';

export type Parse = (file: string, source: string) => S.Module;

export function desugarCachedProperty(module: S.Module, parse: Parse): void {
  const names = new Set<string>();
  const modules = new Set<string>();
  for (const s of module.body) {
    if (s.kind === 'ImportFrom' && s.module === 'functools') {
      for (const n of s.names) if (n.name === 'cached_property') names.add(n.asname ?? n.name);
      // The import itself goes: functools has no such member for the compiler.
      s.names = s.names.filter((n) => n.name !== 'cached_property');
    } else if (s.kind === 'Import') for (const n of s.names) if (n.module === 'functools') modules.add(n.asname ?? n.module);
  }
  module.body = module.body.filter((s) => !(s.kind === 'ImportFrom' && s.module === 'functools' && s.names.length === 0));
  const isCached = (d: S.Expr) => (d.kind === 'Name' && names.has(d.id)) || (d.kind === 'Attribute' && d.attr === 'cached_property' && d.value.kind === 'Name' && modules.has(d.value.id));
  // `import functools` alone uses no cached_property: only a program that names it is walked.
  if ((!names.size && !modules.size) || !sourceMentions(module, 'cached_property')) return;
  walkNodes(module.body, (node) => {
    if (node.kind !== 'ClassDef') return;
    const cls = node as unknown as S.ClassDef;
    const body: S.Stmt[] = [];
    for (const s of cls.body) {
      if (s.kind !== 'FunctionDef' || !s.decorators.some(isCached)) {
        body.push(s);
        continue;
      }
      const name = s.name;
      const src = `def ${name}(self):\n    try:\n        return self._aithon_cached_${name}\n    except AttributeError:\n        pass\n    _aithon_value = self._aithon_compute_${name}()\n    self._aithon_cached_${name} = _aithon_value\n    return _aithon_value\n`;
      const prop = parse(module.file, src).body[0] as S.FunctionDef;
      walkNodes(prop, (n) => {
        if ('pos' in n) n.pos = s.pos;
        if ('namePos' in n) n.namePos = s.namePos;
      });
      prop.decorators = [{ kind: 'Name', pos: s.pos, id: 'property' }];
      s.decorators = s.decorators.filter((d) => !isCached(d));
      s.name = `_aithon_compute_${name}`;
      body.push(prop, s);
    }
    cls.body = body;
  });
}
