import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SellerApplication, SellerApplicationContent } from '@hirfa/shared';
import { isApiError } from '@/lib/api-client';
import { createApplication } from './create-application';
import { MY_APPLICATION_QUERY_KEY } from './get-my-application';
import { submitApplication } from './submit-application';
import { updateApplication } from './update-application';

export interface SaveApplicationInput {
  content: SellerApplicationContent;
  /** Send it to the chamber, rather than keep it as it is. */
  submit: boolean;
  /** Whether an application exists already (to change) or not (to create). */
  exists: boolean;
}

/** Creates or changes the application, then sends it when asked. */
export async function saveApplication({
  content,
  submit,
  exists,
}: SaveApplicationInput): Promise<SellerApplication> {
  if (!exists) return createApplication({ ...content, submit });
  const updated = await updateApplication(content);
  return submit ? submitApplication() : updated;
}

export function useSaveApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveApplication,
    onSuccess: (application) => queryClient.setQueryData(MY_APPLICATION_QUERY_KEY, application),
    // A change may have gone through before the submission failed, or the application was
    // made meanwhile in another tab: read what is stored.
    onError: (error, input) => {
      if (input.exists || (isApiError(error) && error.status === 409)) {
        void queryClient.invalidateQueries({ queryKey: MY_APPLICATION_QUERY_KEY });
      }
    },
  });
}
