/** Files and backups: save everything or a part to a file, and open a file back. */
export { FilesPage } from './files-page';
