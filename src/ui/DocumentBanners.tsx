import type { SaveStatus } from '../editor/autosave.ts';

/** Banners that stay while they are true: another tab edits this pin; this browser is not saving it. */
export function DocumentBanners({ following, onTakeOver, saveStatus, onDownload }: {
  following: boolean;
  onTakeOver: () => void;
  saveStatus: SaveStatus | null;
  onDownload: () => void;
}) {
  return (
    <>
      {following && (
        <div className="message info following" role="status">
          <span>This pin is being edited in another tab. This tab follows it live and changes nothing.</span>
          <button type="button" onClick={onTakeOver}>Edit here instead</button>
        </div>
      )}
      {saveStatus?.state === 'failed' && (
        <div className="message error storage" role="alert">
          <span>This pin is not being saved in this browser: {saveStatus.reason}. Your work is still here; download it to keep it.</span>
          <button type="button" onClick={onDownload}>Download .pin.json</button>
        </div>
      )}
    </>
  );
}
