import { AppError } from '@/lib/http/errors';
import { errorResponse } from '@/lib/http/route';

// Any /api/… address no route takes: the JSON error shape, not the site's HTML 404 page.
async function missing() {
  return errorResponse(new AppError('not_found', 'There is no API at this address.'), 'api 404');
}

export { missing as GET, missing as POST, missing as PUT, missing as PATCH, missing as DELETE };
