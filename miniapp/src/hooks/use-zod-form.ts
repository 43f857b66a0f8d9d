import type { FormInstance, FormItemRuleWithoutValidator } from '@nutui/nutui-react-taro';
import { Form } from '@nutui/nutui-react-taro';
import { useCallback, useMemo, useRef } from 'react';
import type { z } from 'zod';
import type { ApiError } from '../lib/api/errors';

type Shape = z.ZodObject<z.ZodRawShape>;
/** The form's field names: the keys of the shared schema's input. */
export type FieldName<S extends Shape> = Extract<keyof z.input<S>, string>;

/** A rule for NutUI's Form.Item, run by NutUI (async-validator): a rejection's message shows under the field. */
type Rule = FormItemRuleWithoutValidator & {
  validator: (rule: FormItemRuleWithoutValidator, value: unknown) => Promise<boolean>;
};

/** The API's field path (`idNumber`, `body.idNumber`, `person.idNumber`) as the form's field name. */
function fieldOf(path: string, names: readonly string[]): string | undefined {
  if (names.includes(path)) return path;
  const last = path.split('.').pop() ?? path;
  return names.includes(last) ? last : undefined;
}

/**
 * The form layer: NutUI Form driven by a shared zod schema (shared/api), so the phone refuses with the very rule
 * and Chinese message the API uses, before any request. `rules(name)` goes on each Form.Item; `submit(onValid)`
 * checks every field and hands over the schema's parsed (normalised) output; `showApiErrors(error)` puts the API's
 * field errors on the fields they name (until the field is changed) and returns the ones no field of the form took.
 */
export function useZodForm<S extends Shape>(schema: S) {
  const [form] = Form.useForm() as [FormInstance];
  const serverErrors = useRef(new Map<string, { message: string; value: unknown }>());
  const names = useMemo(() => Object.keys(schema.shape), [schema]);

  const problemOf = useCallback(
    (name: string, value: unknown): string | undefined => {
      const server = serverErrors.current.get(name);
      if (server && server.value === value) return server.message;
      serverErrors.current.delete(name);
      const values = { ...(form.getFieldsValue(true) as Record<string, unknown>), [name]: value };
      const parsed = schema.safeParse(values);
      if (parsed.success) return undefined;
      return parsed.error.issues.find((issue) => issue.path[0] === name)?.message;
    },
    [form, schema],
  );

  const rules = useCallback(
    (name: FieldName<S>): Rule[] => [
      {
        validator: (_rule, value) => {
          const problem = problemOf(name, value);
          return problem ? Promise.reject(new Error(problem)) : Promise.resolve(true);
        },
      },
    ],
    [problemOf],
  );

  /** Checks every field; when all pass, calls `onValid` with the schema's output. Returns whether it did. */
  const submit = useCallback(
    async (onValid: (values: z.output<S>) => void): Promise<boolean> => {
      const errors = await form.validateFields();
      if (errors.length > 0) return false;
      const parsed = schema.safeParse(form.getFieldsValue(true));
      if (!parsed.success) return false;
      onValid(parsed.data);
      return true;
    },
    [form, schema],
  );

  const showApiErrors = useCallback(
    (error: ApiError): string[] => {
      const placed: string[] = [];
      const elsewhere: string[] = [];
      for (const [path, message] of Object.entries(error.fields)) {
        const name = fieldOf(path, names);
        if (!name) {
          elsewhere.push(message);
          continue;
        }
        serverErrors.current.set(name, { message, value: form.getFieldValue(name) });
        placed.push(name);
      }
      if (placed.length > 0) void form.validateFields(placed);
      return elsewhere;
    },
    [form, names],
  );

  return { form, rules, submit, showApiErrors };
}
