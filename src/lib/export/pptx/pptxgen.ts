/**
 * pptxgenjs, typed. Its declarations are read as CommonJS under NodeNext resolution (the package is not
 * `"type": "module"`), so TypeScript sees the class under `.default`, while Node and bundlers load its ES
 * build whose default export is the class itself.
 */
import pptxgenModule from 'pptxgenjs';

type Module = typeof pptxgenModule;
type PptxGenClass = Module extends { default: infer C } ? C : Module;

export const PptxGenJS = pptxgenModule as unknown as PptxGenClass;
export type Presentation = InstanceType<PptxGenClass>;
export type Slide = ReturnType<Presentation['addSlide']>;
export type TextProps = Exclude<Parameters<Slide['addText']>[0], string>[number];
export type TextOptions = NonNullable<Parameters<Slide['addText']>[1]>;
export type ShapeOptions = NonNullable<Parameters<Slide['addShape']>[1]>;
